import * as duckdb from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import { message, MessageError } from '../i18n/message';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiPthreadWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import { copyInSlices } from './copy-in-slices';
import { DuckDbEngine } from './duckdb-engine';
import type { DuckDbPort } from './duckdb-port';
import type { Engine } from './engine';
import { takeEarlyWorker } from './early-worker';
import { createEngineWatch, watchedEngine, type EngineWatch } from './engine-watch';

/**
 * Bundles are imported through Vite (`?url`), so the WASM and worker files are emitted into
 * dist/ with relative paths and served from our own origin: nothing is fetched from a CDN.
 */
const MVP = { mainModule: mvpWasm, mainWorker: mvpWorker };
const EH = { mainModule: ehWasm, mainWorker: ehWorker };
/**
 * The multi-threaded build. selectBundle picks it only when the page is cross-origin isolated
 * (the host sends COOP/COEP, see docs/sharing-and-hosting.md): threads need SharedArrayBuffer.
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

/** Reads a result's batches; with `maxRows`, stops once that many rows arrived (the rest is never fetched). */
async function collect(reader: AsyncIterable<RecordBatch>, maxRows: number, stopped: () => boolean): Promise<{ table: Table; truncated: boolean }> {
  const batches: RecordBatch[] = [];
  let rows = 0;
  for await (const batch of reader) {
    if (stopped()) throw new MessageError(message('engine.cancelled'));
    if (rows + batch.numRows > maxRows) {
      batches.push(batch.slice(0, maxRows - rows));
      return { table: new Table(batches), truncated: true };
    }
    batches.push(batch);
    rows += batch.numRows;
  }
  return { table: new Table(batches), truncated: false };
}

/** One connection as a port; the first one (`owner`) also shuts the database down on close. */
function connectionPort(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection, version: string, owner: boolean): DuckDbPort {
  // Cancel reaches a query still executing (cancelSent) and one whose batches are being read.
  let cancelled = false;
  return {
    version,
    run: async (sql, params, maxRows = Number.POSITIVE_INFINITY) => {
      cancelled = false;
      if (params.length === 0) return collect(await conn.send(sql, true), maxRows, () => cancelled);
      const statement = await conn.prepare(sql);
      try {
        // Await inside the try: the statement must stay open until every batch is read.
        return await collect(await statement.send(...params), maxRows, () => cancelled);
      } finally {
        await statement.close();
      }
    },
    // registerFileBuffer transfers the buffer to the worker, detaching it here: hand over a
    // copy so the caller's bytes stay usable (an upload is loaded, then stored in the browser),
    // made in slices so that a large file does not hold the page's thread (copy-in-slices.ts).
    registerFile: async (name, bytes) => db.registerFileBuffer(name, await copyInSlices(bytes)),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    insertArrowStream: (ipc, schema, name) => conn.insertArrowFromIPCStream(ipc, schema ? { schema, name, create: false } : { name, create: false }),
    prepare: async (sql) => {
      const statement = await conn.prepare(sql);
      return {
        // Without a row cap, one round trip to the worker (the whole result in one buffer) instead
        // of one per batch plus one for the end of the stream: a dashboard result is small.
        run: async (params, maxRows = Number.POSITIVE_INFINITY) => {
          cancelled = false;
          if (!Number.isFinite(maxRows)) return { table: await statement.query(...params), truncated: false };
          return collect(await statement.send(...params), maxRows, () => cancelled);
        },
        close: () => statement.close(),
      };
    },
    cancel: async () => {
      cancelled = true;
      await conn.cancelSent();
    },
    connect: async () => connectionPort(db, await db.connect(), version, false),
    close: async () => {
      await conn.close();
      if (owner) await db.terminate();
    },
  };
}

export async function createBrowserEngine(onPhase: (phase: EngineStartPhase) => void = () => undefined): Promise<Engine> {
  return (await createWatchedBrowserEngine(onPhase)).engine;
}

/**
 * The browser engine and the watch over its worker (see engine-watch.ts): a worker error, a
 * fatal WASM error or a ping left unanswered declares it dead, and the worker is then
 * terminated to give its memory back. The caller decides when to ping and what to do next.
 */
export async function createWatchedBrowserEngine(
  onPhase: (phase: EngineStartPhase) => void = () => undefined,
): Promise<{ engine: Engine; watch: EngineWatch }> {
  onPhase('selecting');
  const bundle = await duckdb.selectBundle(BUNDLES);
  const flavour = flavourOf(bundle);
  const workerUrl = absolute(bundle.mainWorker!);
  const worker = takeEarlyWorker(workerUrl) ?? new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const watch = createEngineWatch(() => db.ping());
  worker.addEventListener('error', (event) => watch.kill(event.message || 'the worker failed'));
  worker.addEventListener('messageerror', () => watch.kill('a message from the worker could not be read'));
  void watch.dead.then(() => db.terminate().catch(() => undefined));
  onPhase('downloading');
  await db.instantiate(absolute(bundle.mainModule), bundle.pthreadWorker ? absolute(bundle.pthreadWorker) : null);
  // DuckDB's threaded build defaults to 4 threads; more threads than cores only add contention.
  if (flavour === 'coi') await db.open({ maximumThreads: Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8)) });
  onPhase('instantiating');
  const conn = await db.connect();
  const version = await db.getVersion();
  const port = connectionPort(db, conn, `DuckDB ${version} (wasm, ${flavour})`, true);
  const engine = watchedEngine(await watch.guard(() => DuckDbEngine.open(port)), watch);
  onPhase('ready');
  return { engine, watch };
}
