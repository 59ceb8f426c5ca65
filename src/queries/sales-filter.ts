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
