import type { PreparedPort } from './duckdb-port';

/** How many prepared statements one connection keeps: every named query, with room to spare. */
export const STATEMENT_CACHE_SIZE = 64;

/** What the cache has done so far, for tests and the benchmark (counts, never timings). */
export interface StatementStats {
  /** Statements prepared (planned) since the connection opened. */
  readonly prepared: number;
  /** Queries answered by a statement prepared before. */
  readonly reused: number;
  /** Statements open right now. */
  readonly open: number;
}

/**
 * Prepared statements of one connection, by SQL text, least recently used first out. In the
 * browser, planning a dashboard query costs more than running it (90–500 ms for a large CTE on a
 * few rows) and each prepare is a round trip to DuckDB's worker: a statement is planned once and
 * run again with new parameters. DuckDB re-plans a statement by itself when the tables it reads
 * change (a dataset reloaded), so a cached statement never answers from a dropped table.
 * Not thread-safe on purpose: the engine calls it from inside its one-at-a-time queue.
 */
export class StatementCache {
  private readonly statements = new Map<string, PreparedPort>();
  private prepared = 0;
  private reused = 0;

  constructor(
    private readonly prepare: (sql: string) => Promise<PreparedPort>,
    private readonly capacity = STATEMENT_CACHE_SIZE,
  ) {}

  get stats(): StatementStats {
    return { prepared: this.prepared, reused: this.reused, open: this.statements.size };
  }

  /** The statement for `sql`, prepared now if it is not open yet (a failed prepare caches nothing). */
  async acquire(sql: string): Promise<PreparedPort> {
    const known = this.statements.get(sql);
    if (known) {
      // Map order is the recency order: move it to the back.
      this.statements.delete(sql);
      this.statements.set(sql, known);
      this.reused++;
      return known;
    }
    const statement = await this.prepare(sql);
    this.prepared++;
    this.statements.set(sql, statement);
    await this.trim();
    return statement;
  }

  /** Closes and forgets the statement for `sql` (it failed: the next call prepares it afresh). */
  async evict(sql: string): Promise<void> {
    const statement = this.statements.get(sql);
    if (!statement) return;
    this.statements.delete(sql);
    await statement.close().catch(() => undefined);
  }

  /** Closes every statement (the connection is closing). */
  async clear(): Promise<void> {
    const all = [...this.statements.values()];
    this.statements.clear();
    for (const statement of all) await statement.close().catch(() => undefined);
  }

  private async trim(): Promise<void> {
    while (this.statements.size > this.capacity) {
      const oldest = this.statements.keys().next().value as string;
      await this.evict(oldest);
    }
  }
}
