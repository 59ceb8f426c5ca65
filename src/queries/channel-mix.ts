import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { salesFilter } from './sales-filter';
import { tableRef } from './table-ref';

export interface ChannelShare {
  channel: string;
  revenue: number;
  /** Fraction of the filtered revenue, 0–1. */
  share: number;
}

/** Each channel's share of revenue over the filtered period, largest first. */
export function channelMixQuery(filters: Filters): BuiltQuery {
  const where = salesFilter(filters);
  const sql = `SELECT s.channel, sum(s.revenue_eur)::DOUBLE AS revenue,
  sum(s.revenue_eur)::DOUBLE / sum(sum(s.revenue_eur)::DOUBLE) OVER () AS share
FROM ${tableRef(filters.dataset, 'sales')} s
WHERE ${where.sql}
GROUP BY s.channel
ORDER BY revenue DESC, s.channel`;
  return { sql, params: where.params };
}

export function readChannelMix(result: ColumnarResult): ChannelShare[] {
  const channels = textColumn(result, 'channel');
  const revenue = numberColumn(result, 'revenue');
  const share = numberColumn(result, 'share');
  return channels.map((channel, i) => ({ channel: channel ?? '', revenue: revenue[i]!, share: share[i]! }));
}
