import * as duckdb from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiPthreadWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import { DuckDbEngine } from './duckdb-engine';
import type { DuckDbPort } from './duckdb-port';

/**
 * Bundles are imported through Vite (`?url`), so the WASM and worker files are emitted into
 * dist/ with relative paths and served from our own origin: nothing is fetched from a CDN.
 */
const MVP = { mainModule: mvpWasm, mainWorker: mvpWorker };
const EH = { mainModule: ehWasm, mainWorker: ehWorker };
/**
 * The multi-threaded build. selectBundle picks it only when the page is cross-origin isolated
 * (the host sends COOP/COEP, see README "Building and hosting"): threads need SharedArrayBuffer.
 * Elsewhere `eh` (or `mvp` on old browsers) runs on one thread.
 */
const COI = { mainModule: coiWasm, mainWorker: coiWorker, pthreadWorker: coiPthreadWorker };
const BUNDLES: duckdb.DuckDBBundles = { mvp: MVP, eh: EH, coi: COI };

function flavourOf(bundle: duckdb.DuckDBBundle): 'coi' | 'eh' | 'mvp' {
  if (bundle.mainModule === COI.mainModule) return 'coi';
  return bundle.mainModule === EH.mainModule ? 'eh' : 'mvp';
}

export type EngineStartPhase = 'selecting' | 'downloading' | 'instantiating' | 'ready';

/** Resolves a bundle URL against the page so the worker can fetch it from any sub-path. */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

async function collect(reader: AsyncIterable<RecordBatch>): Promise<Table> {
  const batches: RecordBatch[] = [];
  for await (const batch of reader) batches.push(batch);
  return new Table(batches);
}

export async function createBrowserEngine(onPhase: (phase: EngineStartPhase) => void = () => undefined): Promise<DuckDbEngine> {
  onPhase('selecting');
  const bundle = await duckdb.selectBundle(BUNDLES);
  const flavour = flavourOf(bundle);
  const worker = new Worker(absolute(bundle.mainWorker!));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  onPhase('downloading');
  await db.instantiate(absolute(bundle.mainModule), bundle.pthreadWorker ? absolute(bundle.pthreadWorker) : null);
  // DuckDB's threaded build defaults to 4 threads; more threads than cores only add contention.
  if (flavour === 'coi') await db.open({ maximumThreads: Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8)) });
  onPhase('instantiating');
  const conn = await db.connect();
  const version = await db.getVersion();
  const port: DuckDbPort = {
    version: `DuckDB ${version} (wasm, ${flavour})`,
    run: async (sql, params) => {
      if (params.length === 0) return collect(await conn.send(sql, true));
      const statement = await conn.prepare(sql);
      try {
        // Await inside the try: the statement must stay open until every batch is read.
        return await collect(await statement.send(...params));
      } finally {
        await statement.close();
      }
    },
    // registerFileBuffer transfers the buffer to the worker, detaching it here: hand over a
    // copy so the caller's bytes stay usable (an upload is loaded, then stored in the browser).
    registerFile: (name, bytes) => db.registerFileBuffer(name, bytes.slice()),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    insertArrowStream: (ipc, schema, name) =>
      conn.insertArrowFromIPCStream(ipc, schema ? { schema, name, create: false } : { name, create: false }),
    cancel: async () => {
      await conn.cancelSent();
    },
    close: async () => {
      await conn.close();
      await db.terminate();
    },
  };
  const engine = await DuckDbEngine.open(port);
  onPhase('ready');
  return engine;
}
