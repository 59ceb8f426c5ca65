import { join, raw, sql, type Sql } from '../engine/sql';
import type { Filters } from '../state/filters';

/**
 * The WHERE clause shared by every query over `sales`: user values go in as `?` parameters,
 * never into the SQL text (the fragment carries them). `alias` names the sales table in the
 * caller's FROM: a constant of the code. Dates are optional: queries that window by the goal
 * period pass `withDates: false`.
 */
export function salesFilter(filters: Filters, alias = 's', withDates = true): Sql {
  const column = (name: string) => raw(`${alias}.${name}`);
  const clauses: Sql[] = [];
  if (withDates && filters.from) clauses.push(sql`${column('date')} >= ${filters.from}::DATE`);
  if (withDates && filters.to) clauses.push(sql`${column('date')} <= ${filters.to}::DATE`);
  if (filters.retailer) clauses.push(sql`${column('retailer')} = ${filters.retailer}`);
  if (filters.channels.length > 0) clauses.push(sql`${column('channel')} IN (${join(filters.channels, ', ')})`);
  if (filters.region) clauses.push(sql`${column('region')} = ${filters.region}`);
  if (filters.category) clauses.push(sql`${column('category')} = ${filters.category}`);
  if (filters.platform) clauses.push(sql`${column('platform')} = ${filters.platform}`);
  return clauses.length ? join(clauses, ' AND ') : sql`TRUE`;
}

/** Joins the chosen channels into one parameter (the ASCII unit separator: never in a channel's name). */
const CHANNEL_SEPARATOR = '\u001f';

/**
 * The same rows as `salesFilter(filters, alias, false)`, in one SQL text whatever filters are
 * set: each filter is a parameter, NULL when it is not set, and the channels are one parameter
 * split in SQL. The overview's facts query is prepared once per connection and reused for every
 * filter change; with one text per combination of filters, each new combination was prepared
 * first, one more round trip to DuckDB's worker (10–15 ms at 1M rows). The conditions are then
 * evaluated per row of the summary table (a few thousand rows) instead of being planned away.
 */
export function anySalesFilter(filters: Filters, alias = 's'): Sql {
  // A channel named with the separator (a hostile upload) keeps a text of its own: still exact.
  if (filters.channels.some((channel) => channel.includes(CHANNEL_SEPARATOR))) return salesFilter(filters, alias, false);
  const optional = (name: string, value: string | null) => sql`(${value}::VARCHAR IS NULL OR ${raw(`${alias}.${name}`)} = ${value}::VARCHAR)`;
  const channels = filters.channels.length > 0 ? filters.channels.join(CHANNEL_SEPARATOR) : null;
  return join(
    [
      optional('retailer', filters.retailer || null),
      sql`(${channels}::VARCHAR IS NULL OR list_contains(string_split(${channels}::VARCHAR, ${CHANNEL_SEPARATOR}), ${raw(`${alias}.channel`)}))`,
      optional('region', filters.region || null),
      optional('category', filters.category || null),
      optional('platform', filters.platform || null),
    ],
    ' AND ',
  );
}
