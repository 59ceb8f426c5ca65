import { startEarlyWorker } from '../engine/early-worker';
import { startEngineEarly } from './engine-start';

/**
 * The page's first work, imported first by main.tsx so that it runs before React and the app's
 * modules evaluate: DuckDB's worker starts downloading its script at once, and the client
 * chunk that will send it the WASM to download is requested right away.
 */
startEarlyWorker();
startEngineEarly();
