import type { TimeBucket } from '../../state/filters';

/**
 * Axis ticks a reader can count on. Recharts, left to itself, drops labels that would collide
 * wherever they happen to fall (Q1 2017, Q4 2017, Q3 2018…) and pads a value axis by a factor
 * (€4.5bn, then €5.4bn). These choose the ticks instead: calendar-aligned buckets at a regular
 * step, and values at 1, 2, 2.5 or 5 × a power of ten.
 */

/** Steps, in buckets, a time axis may use: each divides the next calendar unit where it can. */
const STEPS: Record<TimeBucket, readonly number[]> = {
  month: [1, 2, 3, 6, 12, 24, 60],
  quarter: [1, 2, 4, 8, 20],
  year: [1, 2, 5, 10, 20, 50],
};

/** The bucket's position on a calendar counter: months, quarters or years since year 0. */
function ordinal(iso: string, bucket: TimeBucket): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1;
  if (bucket === 'year') return year;
  if (bucket === 'quarter') return year * 4 + Math.floor(month / 3);
  return year * 12 + month;
}

/**
 * The bucket starts (ISO, ascending) to label: at most `maxTicks`, one every `step` buckets
 * aligned to the calendar (every January, every Q1, every fifth year), so the gaps are equal.
 */
export function regularBucketTicks(buckets: readonly string[], bucket: TimeBucket, maxTicks: number): string[] {
  if (buckets.length === 0) return [];
  const first = ordinal(buckets[0]!, bucket);
  const last = ordinal(buckets[buckets.length - 1]!, bucket);
  const span = last - first + 1;
  const limit = Math.max(1, maxTicks);
  const step = STEPS[bucket].find((s) => Math.ceil(span / s) <= limit) ?? Math.ceil(span / limit);
  const ticks = buckets.filter((iso) => ordinal(iso, bucket) % step === 0);
  // A short series may hold no aligned bucket at all (a step of 12 over five months): label its first.
  return ticks.length > 0 ? ticks : [buckets[0]!];
}

/** A share axis (0 to 100 %) in quarters. */
export const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Ticks from 0 to at least `max`, about `count` of them, at a "nice" step (1, 2, 2.5 or 5 × 10ⁿ);
 * the last tick is the axis's top.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  // The nice step whose number of intervals comes closest to `count` (the smaller on a tie).
  const candidates = [0.5, 1, 2, 2.5, 5, 10].map((m) => m * power);
  const intervals = (s: number) => Math.ceil(max / s - 1e-9);
  const step = candidates.reduce((best, s) => (Math.abs(intervals(s) - count) < Math.abs(intervals(best) - count) ? s : best));
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  // Each tick computed from its index, not summed: no drift such as 0.30000000000000004.
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * An amount axis from 0 to the largest of `values` (niceTicks), or null when one is negative:
 * the axis must then go below 0, and Recharts' own ticks serve. With `endsOnly` (a phone), only
 * the first and last ticks.
 */
export function zeroBasedTicks(values: readonly number[], count: number, endsOnly = false): number[] | null {
  if (values.some((value) => value < 0)) return null;
  const ticks = niceTicks(Math.max(0, ...values), count);
  return endsOnly && ticks.length > 2 ? [ticks[0]!, ticks[ticks.length - 1]!] : ticks;
}
