import { startEngineAfterFirstFrame } from './engine-start';

/**
 * The page's first work, imported first by main.tsx so that it is scheduled before React and the
 * app's modules evaluate: DuckDB's worker and client start right after the first frame.
 */
startEngineAfterFirstFrame();
