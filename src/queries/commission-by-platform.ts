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

/**
 * Gross revenue, platform commission and net revenue by platform over the filtered period. The
 * commission is the one recorded in the data, else the fee schedule's (the row in force on each
 * sale's day); a platform with neither has none to show (NULL: "not published", never €0).
 */
export function commissionByPlatformQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: salesFilter(filters, 's', false),
    columns: ['platform', 'channel', 'revenue_eur', 'effective_commission_eur', 'rows_recorded', 'rows_schedule'],
  });
  const query = sql`SELECT platform, channel, gross, commission, gross - commission AS net, commission / nullif(gross, 0) AS rate
FROM (
  SELECT s.platform, s.channel,
    sum(s.revenue_eur)::DOUBLE AS gross,
    CASE WHEN sum(s.rows_recorded + s.rows_schedule) > 0 THEN sum(s.effective_commission_eur)::DOUBLE END AS commission
  FROM ${facts} s
  GROUP BY s.platform, s.channel
)
ORDER BY gross DESC, platform`;
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
