import type { Table } from 'apache-arrow';

/**
 * What both DuckDB-WASM flavours (async worker connection, blocking Node connection) offer,
 * reduced to the few calls the engine needs, all async.
 */
export interface DuckDbPort {
  run(sql: string, params: readonly unknown[]): Promise<Table>;
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Appends an Arrow IPC stream to a table. Bytes, not a Table object: DuckDB-WASM bundles its
   * own copy of apache-arrow, and a Table built by ours is silently ignored by its instanceof checks.
   */
  insertArrowStream(ipc: Uint8Array, schema: string | undefined, name: string): Promise<void>;
  cancel(): Promise<void>;
  close(): Promise<void>;
  readonly version: string;
}
