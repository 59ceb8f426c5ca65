import type { Table } from 'apache-arrow';

/**
 * What both DuckDB-WASM flavours (async worker connection, blocking Node connection) offer,
 * reduced to the few calls the engine needs, all async.
 */
/** A statement planned once on a connection, run as often as needed with new parameters. */
export interface PreparedPort {
  /** Runs it; with `maxRows`, stops reading batches once that many rows arrived. */
  run(params: readonly unknown[], maxRows?: number): Promise<{ table: Table; truncated: boolean }>;
  close(): Promise<void>;
}

export interface DuckDbPort {
  /** Runs a statement; with `maxRows`, stops reading batches once that many rows arrived. */
  run(sql: string, params: readonly unknown[], maxRows?: number): Promise<{ table: Table; truncated: boolean }>;
  /** Plans a statement for later runs (one `SELECT`-like statement, `?` placeholders allowed). */
  prepare(sql: string): Promise<PreparedPort>;
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Appends an Arrow IPC stream to a table. Bytes, not a Table object: DuckDB-WASM bundles its
   * own copy of apache-arrow, and a Table built by ours is silently ignored by its instanceof checks.
   */
  insertArrowStream(ipc: Uint8Array, schema: string | undefined, name: string): Promise<void>;
  cancel(): Promise<void>;
  /** A new connection on the same database (files registered by any connection are shared). */
  connect(): Promise<DuckDbPort>;
  /** Closes this connection; the first port's close also shuts the database down. */
  close(): Promise<void>;
  readonly version: string;
}
