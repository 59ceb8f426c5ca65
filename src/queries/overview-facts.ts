import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { join, raw, sql, toQuery, type Sql } from '../engine/sql';
import { periodEnd } from '../analytics/periods';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import type { FactColumn } from './sales-cube';
import { rowsAsFacts } from './sales-facts';
import { anySalesFilter } from './sales-filter';
import { cubeRef } from './table-ref';

/**
 * The filtered sales at the grain every overview panel reads — a month (or, in the months a
 * window cuts through, a day) × channel × platform × metric × source — with the measures they
 * sum. Money is in integer units of €0.0001 (the sales table's DECIMAL(18,4) scale): sums in
 * TypeScript are exact, and `units / 10_000` is the very double DuckDB's `sum(…)::DOUBLE` gives.
 */
export interface OverviewFact {
  /** The month's first day. */
  month: string;
  /** The day, for a fact of one day; null for a whole month. */
  day: string | null;
  /** First and last day of the slice (the month's, or the day twice). */
  span: [string, string];
  channel: string | null;
  platform: string | null;
  metric: string | null;
  source: string | null;
  /** First and last day with sales. */
  firstDate: string;
  lastDate: string;
  rows: number;
  revenue: number;
  /** Null when no row has an order count. */
  orders: number | null;
  ordersCount: number;
  /** Recorded commission (units); null when no row records one. */
  commission: number | null;
  commissionCount: number;
  /** The commission counted (recorded, else per the fee schedule, else 0), in units. */
  effectiveCommission: number;
  rowsRecorded: number;
  rowsSchedule: number;
}

/** Money as integer units of the sales table's scale. */
export const MONEY_UNITS = 10_000;

const FACT_COLUMNS: readonly FactColumn[] = [
  'month',
  'channel',
  'platform',
  'metric',
  'source',
  'first_date',
  'last_date',
  'row_count',
  'revenue_eur',
  'orders',
  'orders_count',
  'commission_eur',
  'commission_count',
  'effective_commission_eur',
  'rows_recorded',
  'rows_schedule',
];

/** The measures, on facts (alias `s`) of the summary table or of sales rows: the same list for both. */
const MEASURES = raw(`min(s.first_date) AS first_date, max(s.last_date) AS last_date, sum(s.row_count)::BIGINT AS row_count,
  (sum(s.revenue_eur) * ${MONEY_UNITS})::BIGINT AS revenue, sum(s.orders)::BIGINT AS orders, sum(s.orders_count)::BIGINT AS orders_count,
  (sum(s.commission_eur) * ${MONEY_UNITS})::BIGINT AS commission, sum(s.commission_count)::BIGINT AS commission_count,
  (sum(s.effective_commission_eur) * ${MONEY_UNITS})::BIGINT AS effective_commission,
  sum(s.rows_recorded)::BIGINT AS rows_recorded, sum(s.rows_schedule)::BIGINT AS rows_schedule`);

/**
 * The one question a filter change asks (see analytics/overview-answers.ts): whole months from
 * the summary table, the `edges` (months a panel's window cuts through, analytics/fact-windows.ts)
 * from the sales rows, day by day, with the fee schedule's commission.
 */
export function overviewFactsQuery(filters: Filters, edges: readonly string[]): BuiltQuery {
  // One SQL text for any filters: the statement is prepared once (sales-filter.ts).
  const where = anySalesFilter(filters, 's');
  const dims = raw('s.channel, s.platform, s.metric, s.source');
  const months = edges.map((month) => sql`${month}::DATE`);
  const wholeMonths = months.length ? sql`s.month NOT IN (${join(months, ', ')})` : sql`TRUE`;
  const edgeDays: Sql = edges.length
    ? join(
        edges.map((month) => sql`s.date BETWEEN ${month}::DATE AND ${periodEnd(month, 'month')}::DATE`),
        ' OR ',
      )
    : sql`FALSE`;
  const days = rowsAsFacts(filters.dataset, { source: 'cube', where, columns: FACT_COLUMNS, window: { lo: null, hi: null } }, sql`(${edgeDays})`);
  const query = sql`SELECT s.month, NULL::DATE AS day, ${dims}, ${MEASURES}
FROM ${cubeRef(filters.dataset, 'sales_monthly')} s
WHERE ${wholeMonths} AND ${where}
GROUP BY s.month, ${dims}
UNION ALL
SELECT s.month, s.first_date AS day, ${dims}, ${MEASURES}
FROM (${days}) s
GROUP BY s.month, s.first_date, ${dims}`;
  return toQuery(query);
}

const count = (v: number) => (Number.isNaN(v) ? 0 : v);
const orNull = (v: number) => (Number.isNaN(v) ? null : v);

export function readOverviewFacts(result: ColumnarResult): OverviewFact[] {
  const [month, day, channel, platform, metric, source, first, last] = [
    'month',
    'day',
    'channel',
    'platform',
    'metric',
    'source',
    'first_date',
    'last_date',
  ].map((n) => textColumn(result, n));
  const [rows, revenue, orders, ordersCount, commission, commissionCount, effective, recorded, schedule] = [
    'row_count',
    'revenue',
    'orders',
    'orders_count',
    'commission',
    'commission_count',
    'effective_commission',
    'rows_recorded',
    'rows_schedule',
  ].map((n) => numberColumn(result, n));
  const ends = new Map<string, string>();
  const monthEnd = (m: string) => ends.get(m) ?? ends.set(m, periodEnd(m, 'month')).get(m)!;
  return month!.map((m, i) => {
    const d = day![i] ?? null;
    return {
      month: m!,
      day: d,
      span: d === null ? [m!, monthEnd(m!)] : [d, d],
      channel: channel![i] ?? null,
      platform: platform![i] ?? null,
      metric: metric![i] ?? null,
      source: source![i] ?? null,
      firstDate: first![i]!,
      lastDate: last![i]!,
      rows: count(rows![i]!),
      revenue: count(revenue![i]!),
      orders: orNull(orders![i]!),
      ordersCount: count(ordersCount![i]!),
      commission: orNull(commission![i]!),
      commissionCount: count(commissionCount![i]!),
      effectiveCommission: count(effective![i]!),
      rowsRecorded: count(recorded![i]!),
      rowsSchedule: count(schedule![i]!),
    };
  });
}
