import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters, TimeBucket } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import { revenueColumns, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';
import { salesFilter } from './sales-filter';

const BUCKET_MONTHS: Record<TimeBucket, number> = { month: 1, quarter: 3, year: 12 };

export interface GoalProgressPoint {
  /** Last day of the bucket (capped at the goal's deadline). */
  bucketEnd: string;
  revenue: number;
  cumulativeActual: number;
  /** Straight-line cumulative path to the target in force, and to the original target. */
  pathInForce: number | null;
  pathOriginal: number | null;
}

export interface GoalProgress {
  goalStart: string | null;
  goalEnd: string | null;
  targetInForce: number | null;
  targetOriginal: number | null;
  points: GoalProgressPoint[];
}

/**
 * Cumulative actual over the goal period (through the filter's end date), bucket by bucket,
 * against the straight-line path to each version of the goal.
 */
export function goalProgressQuery(filters: Filters, bucket: TimeBucket, source: SalesSource = 'raw'): BuiltQuery {
  const ctes = goalWindowCtes(filters, source);
  const facts = salesFacts(filters.dataset, {
    source,
    where: salesFilter(filters, 's', false),
    columns: ['month', ...revenueColumns(filters.basis)],
    window: { from: sql`win`, lo: sql`period_start`, hi: sql`least(period_end, to_d)` },
  });
  const query = sql`WITH ${ctes},
per_bucket AS (
  SELECT date_trunc(${bucket}, s.month)::DATE AS bucket, sum(${measuredRevenue(filters.basis)})::DOUBLE AS revenue
  FROM ${facts} s
  GROUP BY 1
)
SELECT
  least((p.bucket + to_months(${BUCKET_MONTHS[bucket]}::INTEGER) - INTERVAL 1 DAY)::DATE, w.period_end) AS bucket_end,
  p.revenue,
  sum(p.revenue) OVER (ORDER BY p.bucket) AS cumulative_actual,
  t.in_force * (date_diff('day', w.period_start, bucket_end) + 1) / w.goal_days AS path_in_force,
  t.original * (date_diff('day', w.period_start, bucket_end) + 1) / w.goal_days AS path_original,
  w.period_start AS goal_start, w.period_end AS goal_end,
  t.in_force AS target_in_force, t.original AS target_original
FROM per_bucket p, win w, goal_targets t
ORDER BY p.bucket`;
  return toQuery(query);
}

export function readGoalProgress(result: ColumnarResult): GoalProgress {
  const value = (name: string, i = 0) => {
    const v = numberColumn(result, name)[i];
    return v === undefined || Number.isNaN(v) ? null : v;
  };
  const ends = textColumn(result, 'bucket_end');
  const points: GoalProgressPoint[] = ends.map((bucketEnd, i) => ({
    bucketEnd: bucketEnd ?? '',
    revenue: value('revenue', i) ?? 0,
    cumulativeActual: value('cumulative_actual', i) ?? 0,
    pathInForce: value('path_in_force', i),
    pathOriginal: value('path_original', i),
  }));
  return {
    goalStart: textColumn(result, 'goal_start')[0] ?? null,
    goalEnd: textColumn(result, 'goal_end')[0] ?? null,
    targetInForce: result.numRows ? value('target_in_force') : null,
    targetOriginal: result.numRows ? value('target_original') : null,
    points,
  };
}
