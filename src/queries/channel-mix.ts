import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { filterWindow, salesFacts, type SalesSource } from './sales-facts';
import { salesFilter } from './sales-filter';

export interface ChannelShare {
  channel: string;
  revenue: number;
  /** Fraction of the filtered revenue, 0–1. */
  share: number;
}

/** Each channel's share of revenue over the filtered period, largest first. */
export function channelMixQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: salesFilter(filters, 's', false),
    columns: ['channel', 'revenue_eur'],
  });
  const query = sql`SELECT s.channel, sum(s.revenue_eur)::DOUBLE AS revenue,
  sum(s.revenue_eur)::DOUBLE / sum(sum(s.revenue_eur)::DOUBLE) OVER () AS share
FROM ${facts} s
GROUP BY s.channel
ORDER BY revenue DESC, s.channel`;
  return toQuery(query);
}

export function readChannelMix(result: ColumnarResult): ChannelShare[] {
  const channels = textColumn(result, 'channel');
  const revenue = numberColumn(result, 'revenue');
  const share = numberColumn(result, 'share');
  return channels.map((channel, i) => ({ channel: channel ?? '', revenue: revenue[i]!, share: share[i]! }));
}
