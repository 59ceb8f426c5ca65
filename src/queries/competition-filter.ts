import type { SqlParam } from '../engine/engine';
import type { Filters } from '../state/filters';
import { salesFilter } from './sales-filter';

/**
 * The WHERE clause of the competition view's queries: the same period, channel, region and
 * category as every other panel, but the retailers compared (`filters.compare`, empty = all)
 * instead of the overview's single retailer. Without `withDates`, the period is left to the caller.
 */
export function competitionFilter(filters: Filters, alias = 's', withDates = true): { sql: string; params: SqlParam[] } {
  const base = salesFilter({ ...filters, retailer: null }, alias, withDates);
  if (filters.compare.length === 0) return base;
  const sql = `${base.sql} AND ${alias}.retailer IN (${filters.compare.map(() => '?').join(', ')})`;
  return { sql, params: [...base.params, ...filters.compare] };
}
