import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters, TimeBucket } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { filterWindow, salesFacts, type SalesSource } from './sales-facts';
import { salesFilter } from './sales-filter';

export interface ChannelRevenueRow {
  bucket: string;
  channel: string;
  revenue: number;
  orders: number | null;
}

/** Revenue (and orders) by channel per month, quarter or year over the filtered period. */
export function revenueByChannelQuery(filters: Filters, bucket: TimeBucket, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: salesFilter(filters, 's', false),
    columns: ['month', 'channel', 'revenue_eur', 'orders'],
  });
  const query = sql`SELECT date_trunc(${bucket}, s.month)::DATE AS bucket, s.channel,
  sum(s.revenue_eur)::DOUBLE AS revenue, sum(s.orders)::DOUBLE AS orders
FROM ${facts} s
GROUP BY ALL
ORDER BY bucket, s.channel`;
  return toQuery(query);
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
