import type { EngineStartPhase } from '../engine/browser-engine';

/** The engine died and was replaced: the page says so until the viewer dismisses it. */
export interface EngineRestart {
  reason: string;
  /** `restarting` until the new engine is up; the data then reloads as the panels ask for it. */
  state: 'restarting' | 'restarted';
  count: number;
}

export type EnginePhase = EngineStartPhase | 'loading';

export interface EngineStatus {
  phase: EnginePhase;
  /** Set when the engine could not start; the page says so and what to do. */
  error: Error | null;
  version: string | null;
  /** Dataset being loaded right now, if any. */
  loadingDataset: string | null;
  /** Set once the engine has died and been restarted (see engine-supervisor.ts). */
  restart: EngineRestart | null;
}
