import type { GoalProgress } from '../../queries/goal-progress';

export interface GoalChartPoint {
  /** Epoch milliseconds of the bucket's last day: a time axis, so events can be placed on it. */
  x: number;
  actual: number | null;
  pathInForce: number | null;
  pathOriginal: number | null;
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The chart's series: every path starts at zero on the goal's first day, then one point per
 * bucket with data; the target paths run on to the deadline even where actuals stop.
 */
export function goalChartPoints(progress: GoalProgress): GoalChartPoint[] {
  if (!progress.goalStart || !progress.goalEnd || progress.points.length === 0) return [];
  const points: GoalChartPoint[] = [
    {
      x: time(progress.goalStart),
      actual: 0,
      pathInForce: progress.targetInForce === null ? null : 0,
      pathOriginal: progress.targetOriginal === null ? null : 0,
    },
  ];
  for (const p of progress.points) {
    points.push({ x: time(p.bucketEnd), actual: p.cumulativeActual, pathInForce: p.pathInForce, pathOriginal: p.pathOriginal });
  }
  const last = progress.points[progress.points.length - 1]!;
  if (last.bucketEnd < progress.goalEnd) {
    points.push({ x: time(progress.goalEnd), actual: null, pathInForce: progress.targetInForce, pathOriginal: progress.targetOriginal });
  }
  return points;
}

export function eventTime(iso: string): number {
  return time(iso);
}
