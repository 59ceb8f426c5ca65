import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import { salesFilter } from './sales-filter';
import { tableRef } from './table-ref';

export interface OutlookSeriesRow {
  /** First day of the month (or year). */
  period: string;
  channel: string;
  revenue: number;
  /** Null where a row of the period has no order count (published yearly figures). */
  orders: number | null;
  commission: number | null;
  /** What the revenue measures (e.g. food e-commerce sales, e-commerce GMV); null if the period mixes several. */
  metric: string | null;
}

/**
 * Revenue, orders and commission by month (or year) and channel of the goal's scope, from the
 * first day with data to the as-of date (the filter's end, capped at the goal's deadline). The
 * filter's start is ignored on purpose: forecasts are fitted on all the history before it.
 * No goal for the selection: no rows.
 */
export function outlookSeriesQuery(filters: Filters, grain: 'month' | 'year'): BuiltQuery {
  const ctes = goalWindowCtes(filters);
  const scoped = salesFilter(filters, 's', false);
  const sql = `WITH ${ctes.sql}
SELECT date_trunc(?, s.date)::DATE AS period, s.channel,
  sum(s.revenue_eur)::DOUBLE AS revenue,
  CASE WHEN count(s.orders) = count(*) THEN sum(s.orders)::DOUBLE END AS orders,
  CASE WHEN count(s.commission_eur) = count(*) THEN sum(s.commission_eur)::DOUBLE END AS commission,
  CASE WHEN count(DISTINCT s.metric) <= 1 THEN min(s.metric) END AS metric
FROM ${tableRef(filters.dataset, 'sales')} s, win w
WHERE w.period_start IS NOT NULL AND s.date <= least(w.period_end, w.to_d) AND ${scoped.sql}
GROUP BY ALL
ORDER BY period, s.channel`;
  return { sql, params: [...ctes.params, grain, ...scoped.params] };
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
