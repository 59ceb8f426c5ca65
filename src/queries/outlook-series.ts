import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import { revenueColumns, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';
import { salesFilter } from './sales-filter';

export interface OutlookSeriesRow {
  /** First day of the month (or year). */
  period: string;
  channel: string;
  /** Revenue on the chosen basis: gross, or net of the platforms' commission (`filters.basis`). */
  revenue: number;
  /** Null where a row of the period has no order count (published yearly figures). */
  orders: number | null;
  /** The commission recorded in the data; null where a row of the period has none. */
  commission: number | null;
  /** What the revenue measures (e.g. food e-commerce sales, e-commerce GMV); null if the period mixes several. */
  metric: string | null;
}

/**
 * Revenue, orders and commission by month (or year) and channel of the goal's scope, from the
 * first day with data to the as-of date (the filter's end, capped at the goal's deadline). The
 * filter's start is ignored on purpose: forecasts are fitted on all the history before it.
 * No goal for the selection: no rows.
 *
 * The revenue is measured like the KPIs' (`measuredRevenue`): under `basis=net` every row minus
 * the commission counted for it, so the forecasts and the phasing's base years are fitted on the
 * same figure the goal's attainment is measured on. Gross reads the sales table alone.
 */
export function outlookSeriesQuery(filters: Filters, grain: 'month' | 'year', source: SalesSource = 'raw'): BuiltQuery {
  const ctes = goalWindowCtes(filters, source, 'window');
  const facts = salesFacts(filters.dataset, {
    source,
    where: salesFilter(filters, 's', false),
    columns: ['month', 'channel', ...revenueColumns(filters.basis), 'orders', 'orders_count', 'row_count', 'commission_eur', 'commission_count', 'metric'],
    // Everything up to the as-of date, and nothing without a goal.
    window: { from: sql`win`, lo: null, hi: sql`CASE WHEN period_start IS NOT NULL THEN least(period_end, to_d) END` },
  });
  const query = sql`WITH ${ctes}
SELECT date_trunc(${grain}, s.month)::DATE AS period, s.channel,
  sum(${measuredRevenue(filters.basis)})::DOUBLE AS revenue,
  CASE WHEN sum(s.orders_count) = sum(s.row_count) THEN sum(s.orders)::DOUBLE END AS orders,
  CASE WHEN sum(s.commission_count) = sum(s.row_count) THEN sum(s.commission_eur)::DOUBLE END AS commission,
  CASE WHEN count(DISTINCT s.metric) <= 1 THEN min(s.metric) END AS metric
FROM ${facts} s
GROUP BY ALL
ORDER BY period, s.channel`;
  return toQuery(query);
}

const orNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

export function readOutlookSeries(result: ColumnarResult): OutlookSeriesRow[] {
  const periods = textColumn(result, 'period');
  const channels = textColumn(result, 'channel');
  const revenue = numberColumn(result, 'revenue');
  const orders = numberColumn(result, 'orders');
  const commission = numberColumn(result, 'commission');
  const metric = textColumn(result, 'metric');
  return periods.map((period, i) => ({
    period: period ?? '',
    channel: channels[i] ?? '',
    revenue: revenue[i]!,
    orders: orNull(orders[i]),
    commission: orNull(commission[i]),
    metric: metric[i] ?? null,
  }));
}
