import { join, sql, type Sql } from '../engine/sql';
import type { Filters } from '../state/filters';
import { ALL_DATES, ALL_ROWS, salesFacts, type SalesSource } from './sales-facts';
import { tableRef } from './table-ref';

/**
 * What a query needs of the goal: `window` (the CTE `win`), `targets` (also `goal_targets`: the
 * goal in force and the original one) or `versions` (`versions` alone). DuckDB binds every CTE of
 * a WITH whether or not it is read, so a query gets only those it reads.
 */
export type GoalNeed = 'window' | 'targets' | 'versions';

/**
 * CTEs shared by the queries measured against the goal.
 *
 * **Which goal.** The period's last day is the as-of date (`bounds.to_d`). The goal is the one the
 * viewer chose (`goal=`, by its period's last day), else the one whose period holds the as-of date,
 * else the next one to start after it, else — in hindsight — the latest one before it. A goal is
 * only worth asking about *before* its year: in June 2018 the question is the €5bn of 2022.
 *
 * **Which version.** Versions as known then: the one in force is the latest set on or before
 * `targetAsOf`, or by default on the as-of date (in mid-2019 the goal was still €5bn; the cut to
 * €4.2bn came in February 2020). The original is the first version whenever it was set.
 *
 * **The window** measured against it is the filtered period ∩ the goal's period; a period before
 * the goal year has an empty window here, and the outlook phases the goal back to it
 * (analytics/goal-ahead.ts).
 *
 * A goal applies only to the scope it was set for: a target for all channels does not apply to
 * one region or one category, so those filters leave the KPIs without a target rather than
 * comparing a part against the whole.
 */
export function goalWindowCtes(filters: Filters, source: SalesSource = 'raw', need: GoalNeed = 'targets'): Sql {
  // The data's first and last day, over every row.
  const sales = salesFacts(filters.dataset, { source, window: ALL_DATES, where: ALL_ROWS, columns: ['first_date', 'last_date'] });
  const ctes = [
    sql`bounds AS (
  SELECT coalesce(${filters.from}::DATE, min(s.first_date)) AS from_d, coalesce(${filters.to}::DATE, max(s.last_date)) AS to_d
  FROM ${sales} s
)`,
    sql`scoped AS (
  SELECT t.* FROM ${tableRef(filters.dataset, 'targets')} t WHERE ${goalScope(filters)}
)`,
    sql`goal AS (
  SELECT t.period_start, t.period_end FROM scoped t, bounds b
  GROUP BY t.period_start, t.period_end, b.to_d
  ORDER BY
    t.period_end = ${filters.goal}::DATE DESC NULLS LAST,
    CASE WHEN t.period_start <= b.to_d AND t.period_end >= b.to_d THEN 0 WHEN t.period_start > b.to_d THEN 1 ELSE 2 END,
    CASE WHEN t.period_start > b.to_d THEN t.period_start END ASC NULLS LAST,
    t.period_end DESC, t.period_start DESC
  LIMIT 1
)`,
    sql`candidates AS (
  SELECT c.* FROM scoped c JOIN goal g ON c.period_start = g.period_start AND c.period_end = g.period_end
)`,
  ];
  if (need !== 'window') ctes.push(versionsCte(filters));
  if (need === 'targets') ctes.push(...TARGET_CTES);
  if (need !== 'versions') ctes.push(WINDOW_CTE);
  return join(ctes, ',\n');
}

/** The targets set for the filtered scope: one retailer or all, all channels or one, nothing narrower. */
function goalScope(filters: Filters): Sql {
  const scope: Sql[] = [];
  if (filters.retailer) scope.push(sql`t.retailer = ${filters.retailer}`);
  if (filters.channels.length === 0) scope.push(sql`t.channel IS NULL`);
  else if (filters.channels.length === 1) scope.push(sql`t.channel = ${filters.channels[0]!}`);
  else scope.push(sql`FALSE`);
  if (filters.region || filters.category || filters.platform) scope.push(sql`FALSE`);
  return join(scope, ' AND ');
}

function versionsCte(filters: Filters): Sql {
  return sql`versions AS (
  -- "In force" means in force on the chosen date (targetAsOf), else on the as-of date.
  SELECT c.*, c.set_on <= coalesce(${filters.targetAsOf}::DATE, b.to_d) AS known
  FROM candidates c, bounds b
)`;
}

const TARGET_CTES = [
  sql`ranked AS (
  SELECT *,
    known AND row_number() OVER (PARTITION BY retailer, known ORDER BY set_on DESC) = 1 AS newest,
    row_number() OVER (PARTITION BY retailer ORDER BY set_on ASC) = 1 AS oldest
  FROM versions
)`,
  sql`goal_targets AS (
  SELECT
    (sum(target_eur) FILTER (WHERE newest))::DOUBLE AS in_force,
    (sum(target_eur) FILTER (WHERE oldest))::DOUBLE AS original,
    max(set_on) FILTER (WHERE newest) AS in_force_set_on,
    min(set_on) FILTER (WHERE oldest) AS original_set_on,
    string_agg(label, ' · ' ORDER BY retailer) FILTER (WHERE newest) AS in_force_label,
    string_agg(source, ' ' ORDER BY retailer) FILTER (WHERE newest) AS in_force_source,
    string_agg(label, ' · ' ORDER BY retailer) FILTER (WHERE oldest) AS original_label,
    string_agg(source, ' ' ORDER BY retailer) FILTER (WHERE oldest) AS original_source,
    count(*) FILTER (WHERE known) AS version_count
  FROM ranked
)`,
];

// A period that does not overlap the goal's (before the goal year, or after it) is measured
// whole: its revenue is still the actual, and `in_goal` says there is no prorated target.
const WINDOW_CTE = sql`win AS (
  SELECT
    CASE WHEN in_goal THEN greatest(from_d, period_start) ELSE from_d END AS w_start,
    CASE WHEN in_goal THEN least(to_d, period_end) ELSE to_d END AS w_end,
    in_goal, period_start, period_end, to_d,
    date_diff('day', period_start, period_end) + 1 AS goal_days
  FROM (
    SELECT b.from_d, b.to_d, g.period_start, g.period_end,
      coalesce(g.period_start <= b.to_d AND g.period_end >= b.from_d, FALSE) AS in_goal
    FROM bounds b LEFT JOIN goal g ON TRUE
  )
)`;
