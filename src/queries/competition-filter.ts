import { join, raw, sql, type Sql } from '../engine/sql';
import type { Filters } from '../state/filters';
import { salesFilter } from './sales-filter';

/**
 * The WHERE clause of the competition view's queries: the same period, channel, region and
 * category as every other panel, but the retailers compared (`filters.compare`, empty = all)
 * instead of the overview's single retailer. Without `withDates`, the period is left to the caller.
 */
export function competitionFilter(filters: Filters, alias = 's', withDates = true): Sql {
  const base = salesFilter({ ...filters, retailer: null }, alias, withDates);
  if (filters.compare.length === 0) return base;
  return sql`${base} AND ${raw(alias)}.retailer IN (${join(filters.compare, ', ')})`;
}
