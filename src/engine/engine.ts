import { message, MessageError } from '../i18n/message';
import { readDuckDbError } from './duckdb-error';

/**
 * The one narrow door to the database. Views never see it; queries and ingest go through it.
 * Two implementations share it: the browser engine (DuckDB-WASM in a Web Worker) and the Node
 * engine (DuckDB-WASM's blocking Node bundle) used by tests and the command line.
 */

/** A value bound to a `?` placeholder. Dates are passed as ISO strings and cast in SQL. */
export type SqlParam = string | number | boolean | null;

/**
 * A result as columns. Numbers (integers, decimals, doubles) arrive as Float64Array with NaN for
 * NULL: one cast at the boundary, never a JS object per row. Dates are ISO `YYYY-MM-DD` strings.
 */
export type Column = Float64Array | (string | null)[] | (boolean | null)[];

export interface ColumnarResult {
  readonly names: readonly string[];
  readonly numRows: number;
  readonly columns: Readonly<Record<string, Column>>;
  /** DuckDB's type of each column as read from Arrow, e.g. `DECIMAL(18,2)`, `DATE`, `VARCHAR`. */
  readonly types?: Readonly<Record<string, string>>;
  /** True when the query had more rows than `maxRows` asked for: only the first ones are here. */
  readonly truncated?: boolean;
}

export interface QueryOptions {
  /** Stop reading after this many rows (a console query may return millions). */
  maxRows?: number;
}

export interface InsertOptions {
  /** Target table, possibly schema-qualified and quoted by the caller. */
  table: string;
}

export interface Engine {
  /** Runs one SELECT-like statement with `?` parameters. */
  query(sql: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<ColumnarResult>;
  /** Runs statements that return nothing useful (DDL, SET, INSERT … SELECT). */
  exec(sql: string): Promise<void>;
  /**
   * Runs statements back to back: no other call on this engine runs between them. Wrapped in
   * `BEGIN` … `COMMIT` they change several tables at once for every reader; if one fails, an open
   * transaction is rolled back and the error is thrown.
   */
  execAll(statements: readonly string[]): Promise<void>;
  /** Makes bytes readable by DuckDB's readers under `name` (e.g. `read_csv('name')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Inserts columns into an existing or new table. */
  insert(options: InsertOptions, columns: Record<string, Column>): Promise<void>;
  /** Cancels the running query, if any; it rejects with a QueryError marked `cancelled`. */
  cancel(): Promise<void>;
  /**
   * A second connection to the same database, for the SQL console: its own per-connection
   * settings (`search_path`), temporary tables and cancel, so an analyst's statements never change
   * what the dashboard's queries see and a long query can be stopped without touching theirs.
   * Closing it closes only that connection.
   */
  openSession(): Promise<Engine>;
  close(): Promise<void>;
  /** Short description of the build in use, e.g. "DuckDB v1.4.3 (eh)". */
  readonly version: string;
}

export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    message: string,
    readonly sql: string,
    override readonly cause: unknown,
    readonly cancelled = false,
    /** Character offset in `sql` where DuckDB located the error, when it said so. */
    readonly position: number | null = null,
  ) {
    super(message);
  }

  static from(sql: string, cause: unknown): QueryError {
    const { message, position } = readDuckDbError(cause instanceof Error ? cause.message : String(cause));
    return new QueryError(message, sql, cause, /interrupt|cancel/i.test(message), position);
  }
}

/** Reads a numeric column, failing loudly if the query returned another type. */
export function numberColumn(result: ColumnarResult, name: string): Float64Array {
  const column = result.columns[name];
  if (!(column instanceof Float64Array)) {
    throw new MessageError(message('engine.notNumeric', { column: name, columns: result.names.join(', ') }));
  }
  return column;
}

/** Reads a text column (dates included), failing loudly if the query returned another type. */
export function textColumn(result: ColumnarResult, name: string): (string | null)[] {
  const column = result.columns[name];
  if (!Array.isArray(column)) {
    throw new MessageError(message('engine.notText', { column: name, columns: result.names.join(', ') }));
  }
  return column as (string | null)[];
}

/** Quotes an identifier for DuckDB (tables, schemas, columns chosen by code or by users). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a text as a DuckDB string literal, for the few places that take no `?` parameter (a
 * file name in `read_csv(…)`, a column type in DDL, a `SET`). Values a user chose go in as
 * parameters wherever DuckDB allows one.
 */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
