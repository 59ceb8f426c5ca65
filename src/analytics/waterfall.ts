/**
 * Waterfall (bridge) geometry: each step is either a total (a bar from zero) or a change (a bar
 * floating from the running total to the running total plus the change). Charts draw the
 * `[low, high]` range of each bar; the numbers come from the steps, never from the drawing.
 */

export interface WaterfallStep {
  key: string;
  label: string;
  value: number;
  kind: 'total' | 'delta';
}

export interface WaterfallBar extends WaterfallStep {
  /** Running total before and after this step (a total starts from zero). */
  start: number;
  end: number;
  /** The drawn range, low ≤ high. */
  low: number;
  high: number;
  /**
   * For a total: its value minus the running total the changes before it add up to (0 when
   * they reconcile). Null for the first bar and for changes.
   */
  mismatch: number | null;
}

export function waterfallBars(steps: readonly WaterfallStep[]): WaterfallBar[] {
  let running: number | null = null;
  return steps.map((step) => {
    if (step.kind === 'total') {
      const mismatch = running === null ? null : step.value - running;
      running = step.value;
      return { ...step, start: 0, end: step.value, low: Math.min(0, step.value), high: Math.max(0, step.value), mismatch };
    }
    const start: number = running ?? 0;
    const end = start + step.value;
    running = end;
    return { ...step, start, end, low: Math.min(start, end), high: Math.max(start, end), mismatch: null };
  });
}

/** The value axis must show every bar: [lowest low, highest high], zero included. */
export function waterfallDomain(bars: readonly WaterfallBar[]): [number, number] {
  return [Math.min(0, ...bars.map((b) => b.low)), Math.max(0, ...bars.map((b) => b.high))];
}
