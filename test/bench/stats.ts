/** Timing and summaries: every figure is a median of several runs after warm-up, with min and max. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of already measured samples (p in 0–100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN, p95: percentile(sorted, 95), runs: sorted.length };
}

export interface TimingOptions {
  warmup: number;
  runs: number;
  /** Runs before each timed (or warm-up) run, untimed: e.g. dropping the table the run creates. */
  before?: () => Promise<void> | void;
}

/** Milliseconds per run of `work`, after `warmup` untimed runs. */
export async function timeRuns(work: () => Promise<unknown> | unknown, { warmup, runs, before }: TimingOptions): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    await before?.();
    const start = performance.now();
    await work();
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
  }
  return summarize(samples);
}

/** `a / b` of two medians measured in the same run, or NaN when either is missing. */
export function ratio(a: Summary | null | undefined, b: Summary | null | undefined): number {
  return a && b && b.median > 0 ? a.median / b.median : Number.NaN;
}
