import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import type { Filters, TimeBucket } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { salesFilter } from './sales-filter';
import { tableRef } from './table-ref';

export interface ChannelRevenueRow {
  bucket: string;
  channel: string;
  revenue: number;
  orders: number | null;
}

/** Revenue (and orders) by channel per month, quarter or year over the filtered period. */
export function revenueByChannelQuery(filters: Filters, bucket: TimeBucket): BuiltQuery {
  const where = salesFilter(filters);
  const sql = `SELECT date_trunc(?, s.date)::DATE AS bucket, s.channel,
  sum(s.revenue_eur)::DOUBLE AS revenue, sum(s.orders)::DOUBLE AS orders
FROM ${tableRef(filters.dataset, 'sales')} s
WHERE ${where.sql}
GROUP BY ALL
ORDER BY bucket, s.channel`;
  return { sql, params: [bucket, ...where.params] };
}

export function readRevenueByChannel(result: ColumnarResult): ChannelRevenueRow[] {
  const buckets = textColumn(result, 'bucket');
  const channels = textColumn(result, 'channel');
  const revenue = numberColumn(result, 'revenue');
  const orders = numberColumn(result, 'orders');
  return buckets.map((bucket, i) => ({
    bucket: bucket ?? '',
    channel: channels[i] ?? '',
    revenue: revenue[i]!,
    orders: Number.isNaN(orders[i]!) ? null : orders[i]!,
  }));
}
