import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { filterWindow, salesFacts, type SalesSource } from './sales-facts';
import { salesFilter } from './sales-filter';

export interface PlatformEconomics {
  platform: string;
  channel: string;
  gross: number;
  /** null when the data does not state the commission (e.g. published totals). */
  commission: number | null;
  net: number | null;
  /** Commission as a fraction of gross revenue. */
  rate: number | null;
}

/** Gross revenue, platform commission and net revenue by platform over the filtered period. */
export function commissionByPlatformQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, { source, window: filterWindow(filters), where: salesFilter(filters, 's', false), columns: ['platform', 'channel', 'revenue_eur', 'commission_eur'] });
  const query = sql`SELECT s.platform, s.channel,
  sum(s.revenue_eur)::DOUBLE AS gross,
  sum(s.commission_eur)::DOUBLE AS commission,
  (sum(s.revenue_eur) - sum(s.commission_eur))::DOUBLE AS net,
  (sum(s.commission_eur) / nullif(sum(s.revenue_eur), 0))::DOUBLE AS rate
FROM ${facts} s
GROUP BY s.platform, s.channel
ORDER BY gross DESC, s.platform`;
  return toQuery(query);
}

export function readCommissionByPlatform(result: ColumnarResult): PlatformEconomics[] {
  const platforms = textColumn(result, 'platform');
  const channels = textColumn(result, 'channel');
  const gross = numberColumn(result, 'gross');
  const commission = numberColumn(result, 'commission');
  const net = numberColumn(result, 'net');
  const rate = numberColumn(result, 'rate');
  const orNull = (v: number) => (Number.isNaN(v) ? null : v);
  return platforms.map((platform, i) => ({
    platform: platform ?? '',
    channel: channels[i] ?? '',
    gross: gross[i]!,
    commission: orNull(commission[i]!),
    net: orNull(net[i]!),
    rate: orNull(rate[i]!),
  }));
}
