import type { SqlParam } from '../engine/engine';
import type { Filters } from '../state/filters';

/**
 * The WHERE clause shared by every query over `sales`: user values go in as `?` parameters,
 * never into the SQL text. `alias` names the sales table in the caller's FROM.
 * Dates are optional: queries that window by the goal period pass `withDates: false`.
 */
export function salesFilter(filters: Filters, alias = 's', withDates = true): { sql: string; params: SqlParam[] } {
  const clauses: string[] = [];
  const params: SqlParam[] = [];
  if (withDates && filters.from) {
    clauses.push(`${alias}.date >= ?::DATE`);
    params.push(filters.from);
  }
  if (withDates && filters.to) {
    clauses.push(`${alias}.date <= ?::DATE`);
    params.push(filters.to);
  }
  if (filters.retailer) {
    clauses.push(`${alias}.retailer = ?`);
    params.push(filters.retailer);
  }
  if (filters.channels.length > 0) {
    clauses.push(`${alias}.channel IN (${filters.channels.map(() => '?').join(', ')})`);
    params.push(...filters.channels);
  }
  if (filters.region) {
    clauses.push(`${alias}.region = ?`);
    params.push(filters.region);
  }
  if (filters.category) {
    clauses.push(`${alias}.category = ?`);
    params.push(filters.category);
  }
  if (filters.platform) {
    clauses.push(`${alias}.platform = ?`);
    params.push(filters.platform);
  }
  return { sql: clauses.length ? clauses.join(' AND ') : 'TRUE', params };
}
