/**
 * Native DuckDB (@duckdb/node-api, the same DuckDB version as the WASM build), held to one
 * thread like the WASM build without cross-origin isolation: the comparison is of the engine
 * build, not of the number of cores.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { SqlParam } from '../../src/engine/engine';

export interface NativeDuckDb {
  version: string;
  /** Runs a statement with `?` parameters and reads every row (as the WASM engine does). */
  query(sql: string, params?: readonly SqlParam[]): Promise<number>;
  exec(sql: string): Promise<void>;
  close(): void;
}

export async function openNativeDuckDb(threads = 1): Promise<NativeDuckDb> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection: DuckDBConnection = await instance.connect();
  const versionReader = await connection.runAndReadAll('SELECT version() AS v');
  const version = String(versionReader.getRows()[0]?.[0] ?? '?');
  return {
    version: `DuckDB ${version} (native, ${threads} thread${threads === 1 ? '' : 's'})`,
    query: async (sql, params = []) => {
      const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
      // Materialise the columns as JS values, as the WASM engine turns Arrow into columns.
      return reader.getColumns().length;
    },
    exec: async (sql) => {
      await connection.run(sql);
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
