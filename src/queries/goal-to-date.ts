import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import { salesFacts, type SalesSource } from './sales-facts';
import { salesFilter } from './sales-filter';

export interface GoalToDateRow {
  channel: string;
  /** Gross revenue (what customers paid), whatever the basis. */
  revenue: number;
  /** Null when any row lacks it: a basket is not computed from part of the rows. */
  orders: number | null;
  /**
   * The commission counted on the revenue, as the net basis deducts it: recorded where the data
   * has it, else per the fee schedule in force, else none (0).
   */
  commission: number | null;
}

export interface GoalToDate {
  channels: GoalToDateRow[];
  /** Last day with data in the goal period (the KPI projection runs to it); null before the first. */
  lastDate: string | null;
}

/**
 * The goal period so far by channel: from the goal's first day to the filter's end (capped at the
 * deadline), the same rows the KPI's run-rate projection is computed from.
 *
 * Gross revenue and the effective commission come apart, on either basis: the scenario moves
 * them separately (growth and basket act on what customers pay, the commission lever on the
 * platforms' rate), and the outlook measures revenue to date from them on the chosen basis
 * (`analytics/measured-revenue.ts`). So the query does not depend on the basis.
 */
export function goalToDateQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const ctes = goalWindowCtes(filters, source, 'window');
  const facts = salesFacts(filters.dataset, {
    source,
    where: salesFilter(filters, 's', false),
    columns: ['channel', 'revenue_eur', 'orders', 'orders_count', 'row_count', 'effective_commission_eur', 'last_date'],
    window: { from: sql`win`, lo: sql`period_start`, hi: sql`least(period_end, to_d)` },
  });
  const query = sql`WITH ${ctes}
SELECT s.channel,
  sum(s.revenue_eur)::DOUBLE AS revenue,
  CASE WHEN sum(s.orders_count) = sum(s.row_count) THEN sum(s.orders)::DOUBLE END AS orders,
  sum(s.effective_commission_eur)::DOUBLE AS commission,
  max(s.last_date) AS last_date
FROM ${facts} s
GROUP BY s.channel
ORDER BY s.channel`;
  return toQuery(query);
}

const orNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

export function readGoalToDate(result: ColumnarResult): GoalToDate {
  const channels = textColumn(result, 'channel');
  const revenue = numberColumn(result, 'revenue');
  const orders = numberColumn(result, 'orders');
  const commission = numberColumn(result, 'commission');
  const last = textColumn(result, 'last_date')
    .filter((d): d is string => d !== null)
    .sort();
  return {
    channels: channels.map((channel, i) => ({ channel: channel ?? '', revenue: revenue[i]!, orders: orNull(orders[i]), commission: orNull(commission[i]) })),
    lastDate: last[last.length - 1] ?? null,
  };
}
