import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import { revenueColumns, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';
import { salesFilter } from './sales-filter';

export interface KpiSummary {
  /** Revenue in the measured window (filtered period ∩ goal period, or the filtered period). */
  actual: number | null;
  /** Target in force, prorated to the part of the goal period the window covers. */
  target: number | null;
  /** The whole goal in force and the original goal, for the whole goal period (not prorated). */
  goalInForce: number | null;
  goalOriginal: number | null;
  /** The first version of the same goal (e.g. 2018's €5bn), prorated the same way. */
  originalTarget: number | null;
  attainment: number | null;
  attainmentOriginal: number | null;
  /** Target minus actual: positive means still to go. */
  gap: number | null;
  /** Straight-line run-rate of the goal period to date, carried to the goal's deadline. */
  projection: number | null;
  windowStart: string | null;
  windowEnd: string | null;
  goalStart: string | null;
  goalEnd: string | null;
  lastDate: string | null;
  /** The period's last day: the date the goal is judged as of. */
  asOf: string | null;
  inForceLabel: string | null;
  inForceSetOn: string | null;
  inForceSource: string | null;
  originalLabel: string | null;
  originalSetOn: string | null;
  originalSource: string | null;
  versionCount: number;
}

export function kpiSummaryQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const ctes = goalWindowCtes(filters, source);
  const where = salesFilter(filters, 's', false);
  // Gross revenue, or net of the platforms' commission (filters.basis).
  const revenue = measuredRevenue(filters.basis);
  const columns = [...revenueColumns(filters.basis), 'last_date' as const];
  const inWindow = salesFacts(filters.dataset, { source, where, columns, window: { from: sql`win`, lo: sql`w_start`, hi: sql`w_end` } });
  const goalSoFar = salesFacts(filters.dataset, {
    source,
    where,
    columns,
    window: { from: sql`win`, lo: sql`period_start`, hi: sql`least(period_end, to_d)` },
  });
  const query = sql`WITH ${ctes},
actual AS (
  SELECT sum(${revenue})::DOUBLE AS actual, max(s.last_date) AS last_date
  FROM ${inWindow} s
),
goal_to_date AS (
  SELECT sum(${revenue})::DOUBLE AS revenue, max(s.last_date) AS last_date
  FROM ${goalSoFar} s
),
measured AS (
  SELECT w.*, a.actual, a.last_date, t.*,
    CASE WHEN w.in_goal THEN (date_diff('day', w.w_start, w.w_end) + 1) / w.goal_days END AS coverage,
    d.revenue / (date_diff('day', w.period_start, d.last_date) + 1) * w.goal_days AS projection
  FROM win w, actual a, goal_to_date d, goal_targets t
)
SELECT
  actual,
  in_force * coverage AS target,
  original * coverage AS original_target,
  in_force AS goal_in_force, original AS goal_original,
  actual / nullif(in_force * coverage, 0) AS attainment,
  actual / nullif(original * coverage, 0) AS attainment_original,
  in_force * coverage - coalesce(actual, 0) AS gap,
  projection,
  w_start AS window_start, w_end AS window_end, period_start AS goal_start, period_end AS goal_end,
  last_date, to_d AS as_of, in_force_label, in_force_set_on, in_force_source,
  original_label, original_set_on, original_source, version_count
FROM measured`;
  return toQuery(query);
}

const num = (value: number | undefined): number | null => (value === undefined || Number.isNaN(value) ? null : value);

export function readKpiSummary(result: ColumnarResult): KpiSummary {
  const n = (name: string) => num(numberColumn(result, name)[0]);
  const t = (name: string) => textColumn(result, name)[0] ?? null;
  return {
    actual: n('actual'),
    target: n('target'),
    originalTarget: n('original_target'),
    goalInForce: n('goal_in_force'),
    goalOriginal: n('goal_original'),
    attainment: n('attainment'),
    attainmentOriginal: n('attainment_original'),
    gap: n('target') === null ? null : n('gap'),
    projection: n('target') === null ? null : n('projection'),
    windowStart: t('window_start'),
    windowEnd: t('window_end'),
    goalStart: t('goal_start'),
    goalEnd: t('goal_end'),
    lastDate: t('last_date'),
    asOf: t('as_of'),
    inForceLabel: t('in_force_label'),
    inForceSetOn: t('in_force_set_on'),
    inForceSource: t('in_force_source'),
    originalLabel: t('original_label'),
    originalSetOn: t('original_set_on'),
    originalSource: t('original_source'),
    versionCount: n('version_count') ?? 0,
  };
}
