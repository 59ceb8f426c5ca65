import type { SqlParam } from '../engine/engine';
import type { Filters } from '../state/filters';
import { ALL_DATES, salesFacts, type SalesSource } from './sales-facts';
import { tableRef } from './table-ref';

/**
 * What a query needs of the goal: `window` (the CTE `win`), `targets` (also `goal_targets`: the
 * goal in force and the original one) or `versions` (`versions` alone). DuckDB binds every CTE of
 * a WITH whether or not it is read, so a query gets only those it reads.
 */
export type GoalNeed = 'window' | 'targets' | 'versions';

/**
 * CTEs shared by the queries measured against the goal: which goal applies to the filtered
 * period, its versions (the latest `set_on` is in force, the earliest is the original goal) and
 * the window measured against it (the filtered period ∩ the goal's period). With `targetAsOf`, the
 * version in force is the latest set on or before that date: the goal as it stood then.
 *
 * A goal applies only to the scope it was set for: a target for all channels does not apply to
 * one region or one category, so those filters leave the KPIs without a target rather than
 * comparing a part against the whole.
 */
export function goalWindowCtes(filters: Filters, source: SalesSource = 'raw', need: GoalNeed = 'targets'): { sql: string; params: SqlParam[] } {
  // The data's first and last day, over every row.
  const sales = salesFacts(filters.dataset, { source, window: ALL_DATES, where: { sql: 'TRUE', params: [] }, columns: ['first_date', 'last_date'] });
  const targets = tableRef(filters.dataset, 'targets');
  const params: SqlParam[] = [filters.from, filters.to, ...sales.params];
  const scope: string[] = [];
  if (filters.retailer) {
    scope.push('t.retailer = ?');
    params.push(filters.retailer);
  }
  if (filters.channels.length === 0) scope.push('t.channel IS NULL');
  else if (filters.channels.length === 1) {
    scope.push('t.channel = ?');
    params.push(filters.channels[0]!);
  } else scope.push('FALSE');
  if (filters.region || filters.category || filters.platform) scope.push('FALSE');

  const ctes = [
    `bounds AS (
  SELECT coalesce(?::DATE, min(s.first_date)) AS from_d, coalesce(?::DATE, max(s.last_date)) AS to_d
  FROM ${sales.sql} s
)`,
    `candidates AS (
  SELECT t.* FROM ${targets} t, bounds b
  WHERE t.period_start <= b.to_d AND t.period_end >= b.from_d AND ${scope.join(' AND ')}
)`,
    `goal AS (
  SELECT period_start, period_end FROM candidates
  ORDER BY period_end DESC, period_start DESC LIMIT 1
)`,
  ];
  if (need !== 'window') {
    params.push(filters.targetAsOf);
    ctes.push(`versions AS (
  -- "In force" means in force on the chosen date (targetAsOf), else the latest version.
  SELECT c.*, c.set_on <= coalesce(?::DATE, DATE '9999-12-31') AS known
  FROM candidates c JOIN goal g ON c.period_start = g.period_start AND c.period_end = g.period_end
)`);
  }
  if (need === 'targets') {
    ctes.push(`ranked AS (
  SELECT *,
    known AND row_number() OVER (PARTITION BY retailer, known ORDER BY set_on DESC) = 1 AS newest,
    row_number() OVER (PARTITION BY retailer ORDER BY set_on ASC) = 1 AS oldest
  FROM versions
)`);
    ctes.push(`goal_targets AS (
  SELECT
    (sum(target_eur) FILTER (WHERE newest))::DOUBLE AS in_force,
    (sum(target_eur) FILTER (WHERE oldest))::DOUBLE AS original,
    max(set_on) FILTER (WHERE newest) AS in_force_set_on,
    min(set_on) FILTER (WHERE oldest) AS original_set_on,
    string_agg(label, ' · ' ORDER BY retailer) FILTER (WHERE newest) AS in_force_label,
    string_agg(source, ' ' ORDER BY retailer) FILTER (WHERE newest) AS in_force_source,
    string_agg(label, ' · ' ORDER BY retailer) FILTER (WHERE oldest) AS original_label,
    string_agg(source, ' ' ORDER BY retailer) FILTER (WHERE oldest) AS original_source,
    count(*) AS version_count
  FROM ranked
)`);
  }
  if (need !== 'versions') {
    ctes.push(`win AS (
  SELECT
    greatest(b.from_d, coalesce(g.period_start, b.from_d)) AS w_start,
    least(b.to_d, coalesce(g.period_end, b.to_d)) AS w_end,
    g.period_start, g.period_end, b.to_d,
    date_diff('day', g.period_start, g.period_end) + 1 AS goal_days
  FROM bounds b LEFT JOIN goal g ON TRUE
)`);
  }
  return { sql: ctes.join(',\n'), params };
}
