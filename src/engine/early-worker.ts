import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/**
 * DuckDB's worker, started by the page's first script once its first frame is drawn
 * (session/engine-start.ts). The worker script (≈ 0.8 MB) then downloads and compiles while the
 * page's own modules evaluate and the DuckDB-WASM client chunk arrives; the client adopts it if it
 * chose the same build (see browser-engine.ts). Only the worker's address is imported here: this
 * module stays a few hundred bytes of the first route.
 */
let early: { url: string; worker: Worker; failed: boolean } | null = null;

/**
 * Starts the `eh` worker now (once per page), the build every current browser runs on a plain
 * host. Not on a cross-origin isolated page: the threaded `coi` build starts its thread pool
 * from the worker, and started early it measured slower to instantiate on a loaded machine.
 */
export function startEarlyWorker(): void {
  if (early || typeof Worker === 'undefined' || globalThis.crossOriginIsolated === true) return;
  const url = new URL(ehWorker, document.baseURI).href;
  const worker = new Worker(url);
  const entry = { url, worker, failed: false };
  // Its script failed to load: the client starts its own (and reports that one's failure).
  worker.addEventListener('error', () => (entry.failed = true), { once: true });
  early = entry;
}

/** The early worker when it runs `url`, handed over once; otherwise it is stopped and null. */
export function takeEarlyWorker(url: string): Worker | null {
  const entry = early;
  early = null;
  if (!entry) return null;
  if (entry.url === url && !entry.failed) return entry.worker;
  entry.worker.terminate();
  return null;
}
