import { createRequire } from 'node:module';
import path from 'node:path';
import type { Table } from 'apache-arrow';
import type * as DuckDbBlocking from '@duckdb/duckdb-wasm/blocking';
import { DuckDbEngine } from './duckdb-engine';
import type { DuckDbPort } from './duckdb-port';

/**
 * The same DuckDB-WASM, through its blocking Node bundle: used by tests and the command line.
 * Files are registered as buffers (DuckDB-WASM's direct Node file access hangs on some reads).
 */
export async function createNodeEngine(): Promise<DuckDbEngine> {
  const require = createRequire(import.meta.url);
  const bundlePath = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(bundlePath) as typeof DuckDbBlocking;
  const dist = path.dirname(bundlePath);
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  const port = connectionPort(db, db.connect(), `DuckDB ${db.getVersion()} (wasm, node)`, true);
  return DuckDbEngine.open(port);
}

/** The blocking bundle materialises the whole result; the cap still holds for the caller. */
function capped(table: Table, maxRows: number): { table: Table; truncated: boolean } {
  return table.numRows > maxRows ? { table: table.slice(0, maxRows), truncated: true } : { table, truncated: false };
}

type BlockingDb = Awaited<ReturnType<typeof DuckDbBlocking.createDuckDB>>;
type BlockingConnection = ReturnType<BlockingDb['connect']>;

function connectionPort(db: BlockingDb, conn: BlockingConnection, version: string, owner: boolean): DuckDbPort {
  return {
    version,
    run: async (sql, params, maxRows = Number.POSITIVE_INFINITY) => {
      let table: Table;
      if (params.length === 0) {
        table = conn.query(sql) as Table;
      } else {
        const statement = conn.prepare(sql);
        try {
          table = statement.query(...params) as Table;
        } finally {
          statement.close();
        }
      }
      return capped(table, maxRows);
    },
    prepare: async (sql) => {
      const statement = conn.prepare(sql);
      return {
        run: async (params, maxRows = Number.POSITIVE_INFINITY) => capped(statement.query(...params) as Table, maxRows),
        close: async () => statement.close(),
      };
    },
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
    insertArrowStream: async (ipc, schema, name) => conn.insertArrowFromIPCStream(ipc, schema ? { schema, name, create: false } : { name, create: false }),
    // A blocking query cannot be interrupted from the same thread; nothing runs concurrently here.
    cancel: async () => undefined,
    connect: async () => connectionPort(db, db.connect(), version, false),
    close: async () => {
      conn.close();
      if (owner) await db.reset();
    },
  };
}
