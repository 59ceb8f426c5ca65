/**
 * The long-session probe: an executive leaves the dashboard open all day. After many filter
 * changes, the page's JS heap (after a full garbage collection, forced through DevTools) and
 * DuckDB's WASM memory should be where they were after the first ones.
 */
import type { OpenedApp } from '../e2e/browser';
import { timeFilterChange } from './page-probe';

export interface MemoryPoint {
  /** Filter changes made so far. */
  changes: number;
  /** The page's JS heap in use after a full garbage collection. */
  jsHeapBytes: number;
  /** DuckDB-WASM's linear memory (it only grows: a leak there shows as growth). */
  wasmBytes: number | null;
}

export interface SessionMemory {
  points: MemoryPoint[];
  /** Growth from the first point (change 50) to the last, as a fraction (0.1 = +10%). */
  jsGrowth: number;
  wasmGrowth: number | null;
  /** Changes that did not end with every panel ready (should be none). */
  notReady: number;
}

/** The first measured point; then one every this many changes. */
const FIRST_POINT = 50;
const EVERY = 50;

export async function memoryAfterChanges(
  app: OpenedApp,
  total: number,
  changes: readonly [string, string][],
  wasmBytes: () => Promise<number | null>,
): Promise<SessionMemory> {
  const cdp = await app.context.newCDPSession(app.page);
  const measure = async (made: number): Promise<MemoryPoint> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { changes: made, jsHeapBytes: usedSize, wasmBytes: await wasmBytes() };
  };
  const points: MemoryPoint[] = [];
  let notReady = 0;
  for (let made = 1; made <= total; made++) {
    const [testId, value] = changes[(made - 1) % changes.length]!;
    const { state } = await timeFilterChange(app.page, testId, value);
    if (state !== 'ready') notReady++;
    if (made === Math.min(FIRST_POINT, total) || (made > FIRST_POINT && made % EVERY === 0) || made === total) points.push(await measure(made));
  }
  await cdp.detach();
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return {
    points,
    jsGrowth: last.jsHeapBytes / first.jsHeapBytes - 1,
    wasmGrowth: first.wasmBytes && last.wasmBytes ? last.wasmBytes / first.wasmBytes - 1 : null,
    notReady,
  };
}
