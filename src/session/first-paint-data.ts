import type { GoalKpis } from '../analytics/goal-kpis';
import type { ColumnarResult } from '../engine/engine';
import { decodeResult, parseSnapshot, SNAPSHOT_ELEMENT_ID, type FirstPaintSnapshot } from '../state/first-paint-snapshot';

/**
 * The build-time snapshot inlined in index.html (see vite.config.ts), read once. It only seeds
 * queries until the engine has answered one: after that, a panel that mounts again waits for
 * live numbers rather than showing build-time ones.
 */
let snapshot: FirstPaintSnapshot | null | undefined;
let live = false;

function load(): FirstPaintSnapshot | null {
  snapshot ??= typeof document === 'undefined' ? null : parseSnapshot(document.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent);
  return snapshot;
}

/** The build-time result of the query with this key, while the engine has not answered yet. */
export function firstPaintResult(key: string): ColumnarResult | null {
  if (live) return null;
  const encoded = load()?.results[key];
  return encoded ? decodeResult(encoded) : null;
}

/** When the snapshot was computed (ISO), if the page carries one. */
export function firstPaintBuiltAt(): string | null {
  return load()?.builtAt ?? null;
}

/**
 * Uses this snapshot instead of the page's: the build renders the first paint's markup from it
 * in Node (src/cli/first-paint-markup.tsx), where there is no document to read it from.
 */
export function provideFirstPaintSnapshot(provided: FirstPaintSnapshot): void {
  snapshot = provided;
  live = false;
}

export function markLive(): void {
  live = true;
}

/**
 * The default view's KPI cards as the build computed them from the snapshot (the outlook phases
 * them before the goal year, and is fitted in a worker on the page): shown until live ones arrive.
 */
export function firstPaintCards(): GoalKpis | null {
  if (live) return null;
  // Written by the build from the very type (cli/first-paint-snapshot.ts); the state layer stores it opaque.
  return (load()?.cards as GoalKpis | undefined) ?? null;
}
