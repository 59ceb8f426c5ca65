import type { EngineStartPhase } from '../engine/browser-engine';
import type { SupervisedEngine } from './engine-supervisor';
import { startEarlyWorker } from '../engine/early-worker';
import { afterFirstFrame } from './after-first-frame';
import { inNextTask } from './next-task';

type PhaseListener = (phase: EngineStartPhase) => void;

/**
 * Starts the browser engine. DuckDB-WASM's JS and Apache Arrow are a chunk of their own, so the
 * first paint (build-time figures) never waits for them to download and evaluate.
 */
export function startEngine(onPhase: PhaseListener): Promise<SupervisedEngine> {
  performance.mark('cible-engine-start');
  // The client chunk's evaluation (Apache Arrow and DuckDB-WASM: 33-55 ms on a 2-core machine)
  // and the engine's creation (7-16 ms) were one task; each is now a task of its own.
  return import('../engine/browser-engine').then(inNextTask).then(({ createWatchedBrowserEngine }) =>
    createWatchedBrowserEngine((phase) => {
      // User Timing marks, for the browser's profiler and the benchmark.
      performance.mark(`cible-engine-${phase}`);
      onPhase(phase);
    }),
  );
}

interface EarlyStart {
  engine: Promise<SupervisedEngine>;
  phases: EngineStartPhase[];
  listener: PhaseListener | null;
}

let early: EarlyStart | null = null;

let markWorkerStarted: () => void = () => undefined;
const workerStarted = new Promise<void>((resolve) => (markWorkerStarted = resolve));

/**
 * Resolves once the early engine's worker is downloading DuckDB's WASM (or after `maxWaitMs`):
 * work that can wait a moment (rendering the charts) goes after it, so the engine's own start
 * is not queued behind it on the page's thread.
 */
export function engineWorkerStarted(maxWaitMs = 1500): Promise<void> {
  return Promise.race([workerStarted, new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs))]);
}

/**
 * Called once the page's first frame is drawn, before React renders (startEngineAfterFirstFrame):
 * the worker downloads and compiles DuckDB's WASM while the app's modules load, instead of after
 * the first render's effects.
 */
function startEngineEarly(): void {
  if (early) return;
  const start: EarlyStart = { engine: Promise.resolve(null as unknown as SupervisedEngine), phases: [], listener: null };
  start.engine = startEngine((phase) => {
    start.phases.push(phase);
    if (phase !== 'selecting') markWorkerStarted();
    start.listener?.(phase);
  });
  // A failure is reported once the engine context adopts the promise, not as an unhandled rejection.
  start.engine.catch(() => markWorkerStarted());
  early = start;
}

let startNow: (() => void) | null = null;

/**
 * The page's first work (engine-boot.ts): DuckDB's worker starts downloading its script, and the
 * client chunk that will send it the WASM to download is requested, once the first frame is drawn
 * (after-first-frame.ts), or at once if the app asks for the engine before.
 */
export function startEngineAfterFirstFrame(): void {
  startNow = afterFirstFrame(() => {
    startEarlyWorker();
    startEngineEarly();
  });
}

/** The engine started early, handed over once; phases it went through so far are replayed. */
export function adoptEarlyEngine(onPhase: PhaseListener): Promise<SupervisedEngine> | null {
  startNow?.();
  startNow = null;
  const taken = early;
  early = null;
  if (!taken) return null;
  taken.listener = onPhase;
  for (const phase of taken.phases) onPhase(phase);
  return taken.engine;
}
