import { tableFromArrays, tableToIPC, type Table } from 'apache-arrow';
import { arrowToColumns } from './arrow-columns';
import type { DuckDbPort } from './duckdb-port';
import { QueryError, type Column, type ColumnarResult, type Engine, type InsertOptions, type QueryOptions, type SqlParam } from './engine';
import { LOCKDOWN_SQL } from './lockdown';
import { StatementCache, type StatementStats } from './statement-cache';

/**
 * Statements run once when an engine opens, before anything else can. DuckDB-WASM would otherwise
 * download extensions (parquet, icu, …) from a CDN on first use; then the lockdown shuts files,
 * URLs and configuration changes off for good (see lockdown.ts).
 */
export const STARTUP_SQL = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false', ...LOCKDOWN_SQL];

/** Splits `"schema"."table"` or `table` as written by callers of insert(). */
function splitTableName(qualified: string): { schema: string | undefined; name: string } {
  const parts = qualified.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [qualified];
  const unquote = (part: string) => (part.startsWith('"') ? part.slice(1, -1).replaceAll('""', '"') : part);
  if (parts.length === 2) return { schema: unquote(parts[0]!), name: unquote(parts[1]!) };
  return { schema: undefined, name: unquote(parts[0]!) };
}

/** The Engine over any DuckDB-WASM connection: errors become QueryError, results become columns. */
export class DuckDbEngine implements Engine {
  private queue: Promise<unknown> = Promise.resolve();
  /** Null on a console session: an analyst's statements are one-offs, planned as they come. */
  private readonly statements: StatementCache | null;

  constructor(
    private readonly port: DuckDbPort,
    options: { cacheStatements?: boolean } = {},
  ) {
    this.statements = options.cacheStatements ? new StatementCache((sql) => port.prepare(sql)) : null;
  }

  get version(): string {
    return this.port.version;
  }

  /** What the prepared-statement cache has done on this connection (zeros when it has none). */
  get statementStats(): StatementStats {
    return this.statements?.stats ?? { prepared: 0, reused: 0, open: 0 };
  }

  /** The dashboard's connection: its queries are planned once and run again with new parameters. */
  static async open(port: DuckDbPort): Promise<DuckDbEngine> {
    const engine = new DuckDbEngine(port, { cacheStatements: true });
    for (const sql of STARTUP_SQL) await engine.exec(sql);
    return engine;
  }

  /** One statement at a time on the connection: results never interleave. */
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runTable(sql: string, params: readonly SqlParam[], maxRows?: number): Promise<{ table: Table; truncated: boolean }> {
    try {
      return await this.port.run(sql, params, maxRows);
    } catch (cause) {
      throw QueryError.from(sql, cause);
    }
  }

  /** Runs `sql` through its cached statement; a statement that failed is closed and forgotten. */
  private async runPrepared(cache: StatementCache, sql: string, params: readonly SqlParam[], maxRows?: number): Promise<{ table: Table; truncated: boolean }> {
    try {
      const statement = await cache.acquire(sql);
      try {
        return await statement.run(params, maxRows);
      } catch (cause) {
        await cache.evict(sql);
        throw cause;
      }
    } catch (cause) {
      throw QueryError.from(sql, cause);
    }
  }

  query(sql: string, params: readonly SqlParam[] = [], options: QueryOptions = {}): Promise<ColumnarResult> {
    return this.serialize(async () => {
      // Only statements with parameters: they are the dashboard's named queries, run again and
      // again. Those without (ingest checks, DDL-like reads) keep DuckDB-WASM's polled path, on
      // which the worker still answers the heartbeat while a long statement runs.
      const { table, truncated } =
        this.statements && params.length > 0
          ? await this.runPrepared(this.statements, sql, params, options.maxRows)
          : await this.runTable(sql, params, options.maxRows);
      const result = arrowToColumns(table);
      return truncated ? { ...result, truncated } : result;
    });
  }

  exec(sql: string): Promise<void> {
    return this.serialize(async () => {
      await this.runTable(sql, []);
    });
  }

  execAll(statements: readonly string[]): Promise<void> {
    return this.serialize(async () => {
      let open = false;
      try {
        for (const sql of statements) {
          await this.runTable(sql, []);
          if (/^\s*BEGIN\b/i.test(sql)) open = true;
          else if (/^\s*(COMMIT|ROLLBACK|END)\b/i.test(sql)) open = false;
        }
      } catch (error) {
        if (open) await this.runTable('ROLLBACK', []).catch(() => undefined);
        throw error;
      }
    });
  }

  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    return this.serialize(() => this.port.registerFile(name, bytes));
  }

  dropFile(name: string): Promise<void> {
    return this.serialize(() => this.port.dropFile(name));
  }

  insert(options: InsertOptions, columns: Record<string, Column>): Promise<void> {
    const { schema, name } = splitTableName(options.table);
    const ipc = tableToIPC(tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]), 'stream');
    return this.serialize(async () => {
      try {
        await this.port.insertArrowStream(ipc, schema, name);
      } catch (cause) {
        throw QueryError.from(`INSERT INTO ${options.table} (arrow)`, cause);
      }
    });
  }

  /** Not serialized: it must reach the query that is running now. */
  cancel(): Promise<void> {
    return this.port.cancel();
  }

  async openSession(): Promise<Engine> {
    return new DuckDbEngine(await this.port.connect());
  }

  close(): Promise<void> {
    return this.serialize(async () => {
      await this.statements?.clear();
      await this.port.close();
    });
  }
}
