import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery, type Sql } from '../engine/sql';
import type { ChannelPeriods } from '../analytics/revenue-drivers';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import { revenueColumns, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';
import { salesFilter } from './sales-filter';

export interface RevenueDriversData {
  /** The measured window (the KPIs' window) and the same dates a year earlier. */
  windowStart: string | null;
  windowEnd: string | null;
  previousStart: string | null;
  previousEnd: string | null;
  /** The target in force prorated to the window, as in the KPIs; null without a goal. */
  target: number | null;
  channels: ChannelPeriods[];
}

/**
 * Orders and revenue by channel over the KPIs' window (the filtered period ∩ the goal period)
 * and over the same dates a year earlier, with the window's target: what the driver bridge
 * needs. Orders are null for a channel where any row lacks an order count.
 */
export function revenueDriversQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const ctes = goalWindowCtes(filters, source);
  const where = salesFilter(filters, 's', false);
  const facts = (lo: Sql, hi: Sql) =>
    salesFacts(filters.dataset, {
      source,
      where,
      columns: ['channel', ...revenueColumns(filters.basis), 'orders', 'orders_count', 'row_count'],
      window: { from: sql`periods`, lo, hi },
    });
  const current = facts(sql`w_start`, sql`w_end`);
  const previous = facts(sql`p_start`, sql`p_end`);
  const perChannel = (from: Sql) => sql`SELECT s.channel, sum(${measuredRevenue(filters.basis)})::DOUBLE AS revenue,
    (CASE WHEN sum(s.orders_count) = sum(s.row_count) THEN sum(s.orders) END)::DOUBLE AS orders
  FROM ${from} s
  GROUP BY s.channel`;
  const query = sql`WITH ${ctes},
periods AS (
  SELECT w_start, w_end, (w_start - INTERVAL 1 YEAR)::DATE AS p_start, (w_end - INTERVAL 1 YEAR)::DATE AS p_end,
    CASE WHEN in_goal THEN (date_diff('day', w_start, w_end) + 1) / goal_days END AS coverage
  FROM win
),
cur AS (${perChannel(current)}),
prev AS (${perChannel(previous)}),
channels AS (
  SELECT coalesce(c.channel, v.channel) AS channel,
    coalesce(v.revenue, 0) AS revenue0, CASE WHEN v.channel IS NULL THEN 0 ELSE v.orders END AS orders0,
    coalesce(c.revenue, 0) AS revenue1, CASE WHEN c.channel IS NULL THEN 0 ELSE c.orders END AS orders1
  FROM cur c FULL JOIN prev v ON c.channel = v.channel
)
SELECT ch.*, p.w_start AS window_start, p.w_end AS window_end, p.p_start AS previous_start, p.p_end AS previous_end,
  t.in_force * p.coverage AS target
FROM periods p CROSS JOIN goal_targets t LEFT JOIN channels ch ON TRUE
ORDER BY ch.channel`;
  return toQuery(query);
}

export function readRevenueDrivers(result: ColumnarResult): RevenueDriversData {
  const channel = textColumn(result, 'channel');
  const [revenue0, orders0, revenue1, orders1, target] = ['revenue0', 'orders0', 'revenue1', 'orders1', 'target'].map((n) => numberColumn(result, n));
  const orNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
  const first = (name: string) => textColumn(result, name)[0] ?? null;
  const channels: ChannelPeriods[] = [];
  channel.forEach((c, i) => {
    if (c === null) return; // the one row of an empty window
    channels.push({ channel: c, revenue0: revenue0![i]!, orders0: orNull(orders0![i]), revenue1: revenue1![i]!, orders1: orNull(orders1![i]) });
  });
  return {
    windowStart: first('window_start'),
    windowEnd: first('window_end'),
    previousStart: first('previous_start'),
    previousEnd: first('previous_end'),
    target: orNull(target![0]),
    channels,
  };
}
