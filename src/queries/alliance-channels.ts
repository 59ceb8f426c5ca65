import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { competitionFilter } from './competition-filter';
import { filterWindow, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';

export interface AllianceChannelRow {
  retailer: string;
  channel: string;
  /** Revenue on the chosen basis (gross, or net of commission). */
  revenue: number;
  gross: number;
  /** Commission counted (recorded, else per schedule, else nothing). */
  commission: number;
  /** null when any row of the channel lacks an order count. */
  orders: number | null;
  /** Rows with no commission recorded and no schedule in force (or one that cannot be computed). */
  rowsWithoutCommission: number;
  rows: number;
  /** The retailer's revenue over all its channels, on the chosen basis. */
  retailerRevenue: number;
}

/** Each compared retailer's revenue, commission and orders by channel over the filtered period. */
export function allianceChannelsQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: competitionFilter(filters, 's', false),
    columns: ['retailer', 'channel', 'revenue_eur', 'effective_commission_eur', 'orders', 'orders_count', 'rows_none', 'rows_unknown', 'row_count'],
  });
  const revenue = measuredRevenue(filters.basis);
  const query = sql`SELECT s.retailer, s.channel,
  sum(${revenue})::DOUBLE AS revenue,
  sum(s.revenue_eur)::DOUBLE AS gross,
  sum(s.effective_commission_eur)::DOUBLE AS commission,
  (CASE WHEN sum(s.orders_count) = sum(s.row_count) THEN sum(s.orders) END)::DOUBLE AS orders,
  sum(s.rows_none + s.rows_unknown)::DOUBLE AS rows_without_commission,
  sum(s.row_count)::DOUBLE AS row_count,
  (sum(sum(${revenue})) OVER (PARTITION BY s.retailer))::DOUBLE AS retailer_revenue
FROM ${facts} s
GROUP BY s.retailer, s.channel
ORDER BY retailer_revenue DESC, s.retailer, revenue DESC, s.channel`;
  return toQuery(query);
}

export function readAllianceChannels(result: ColumnarResult): AllianceChannelRow[] {
  const retailer = textColumn(result, 'retailer');
  const channel = textColumn(result, 'channel');
  const [revenue, gross, commission, orders, without, rows, retailerRevenue] = [
    'revenue',
    'gross',
    'commission',
    'orders',
    'rows_without_commission',
    'row_count',
    'retailer_revenue',
  ].map((name) => numberColumn(result, name));
  return retailer.map((r, i) => ({
    retailer: r ?? '',
    channel: channel[i] ?? '',
    revenue: revenue![i]!,
    gross: gross![i]!,
    commission: commission![i]!,
    orders: Number.isNaN(orders![i]!) ? null : orders![i]!,
    rowsWithoutCommission: without![i]!,
    rows: rows![i]!,
    retailerRevenue: retailerRevenue![i]!,
  }));
}
