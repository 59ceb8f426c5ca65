/**
 * The long-session probe: an executive leaves the dashboard open all day. After many filter
 * changes, the page's JS heap (after a full garbage collection, forced through DevTools) and
 * DuckDB's WASM memory should be where they were after the first ones.
 */
import type { CDPSession } from 'playwright-core';
import type { OpenedApp } from '../e2e/browser';
import { timeFilterChange } from './page-probe';

export interface MemoryPoint {
  /** Filter changes made so far. */
  changes: number;
  /** The page's JS heap in use after a full garbage collection. */
  jsHeapBytes: number;
  /** DuckDB-WASM's linear memory (it only grows: a leak there shows as growth). */
  wasmBytes: number | null;
  /** At the first and last points: the heap snapshot's self sizes, V8's compiled code apart. */
  split?: HeapSplit;
}

/** A heap snapshot's self sizes: V8's compiled code (nodes of type `code`) and every other object. */
export interface HeapSplit {
  codeBytes: number;
  otherBytes: number;
}

export interface SessionMemory {
  points: MemoryPoint[];
  /** Growth from the first point (change 50) to the last, as a fraction (0.1 = +10%). */
  jsGrowth: number;
  /** The same growth without V8's compiled code (heap snapshots), and that code's growth in bytes. */
  objectsGrowth?: number | null;
  codeGrowthBytes?: number | null;
  wasmGrowth: number | null;
  /** Changes that did not end with every panel ready (should be none). */
  notReady: number;
}

/**
 * The first measured point is the first whole round of `changes` after at least this many
 * changes; then one every round(s) of about EVERY changes, and the session is extended to a whole
 * round. Every point is thus taken with the same filters on screen: the heap after GC depends on
 * what is shown (all channels drawn weighs about 3 MB more than one channel alone), so points
 * taken at arbitrary counts (50, then 500) compared two different pages, not two moments of one.
 */
const FIRST_POINT = 50;
const EVERY = 50;

/** The change counts at which memory is measured, each a whole number of rounds of `round` changes. */
export function measurePoints(total: number, round: number): number[] {
  const step = Math.max(1, Math.ceil(EVERY / round)) * round;
  const first = Math.max(1, Math.ceil(Math.min(FIRST_POINT, total) / round)) * round;
  const last = Math.ceil(total / round) * round;
  const points: number[] = [];
  for (let at = first; at < last; at += step) points.push(at);
  points.push(last);
  return points;
}

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
  const at = new Set(measurePoints(total, changes.length));
  const [start, end] = [Math.min(...at), Math.max(...at)];
  let notReady = 0;
  for (let made = 1; made <= end; made++) {
    const [testId, value] = changes[(made - 1) % changes.length]!;
    const { state } = await timeFilterChange(app.page, testId, value);
    if (state !== 'ready') notReady++;
    if (!at.has(made)) continue;
    const point = await measure(made);
    // Snapshots at the ends only: each takes a second or two and is not needed in between.
    const ends = made === start || made === end;
    points.push(ends ? { ...point, split: await heapSplit(cdp) } : point);
  }
  await cdp.detach();
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const [from, to] = [first.split, last.split];
  return {
    points,
    jsGrowth: last.jsHeapBytes / first.jsHeapBytes - 1,
    objectsGrowth: from && to ? to.otherBytes / from.otherBytes - 1 : null,
    codeGrowthBytes: from && to ? to.codeBytes - from.codeBytes : null,
    wasmGrowth: first.wasmBytes && last.wasmBytes ? last.wasmBytes / first.wasmBytes - 1 : null,
    notReady,
  };
}

/**
 * What a heap snapshot holds, V8's compiled code apart: its optimising compilers keep compiling
 * hot functions for hundreds of changes (machine code, its relocation and deoptimisation data,
 * all nodes of type `code`), which is not the app keeping its answers. Sums of self sizes.
 */
async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const code = snapshot.meta.node_types[0].indexOf('code');
  const split: HeapSplit = { codeBytes: 0, otherBytes: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + typeAt] === code) split.codeBytes += nodes[i + sizeAt]!;
    else split.otherBytes += nodes[i + sizeAt]!;
  }
  return split;
}
