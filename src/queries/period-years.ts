import { numberColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { filterWindow, revenueColumns, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';
import { salesFilter } from './sales-filter';

/**
 * The filtered period's revenue (on the KPIs' basis) by calendar year: a period before the goal
 * year is measured from the plan's first phased year on (analytics/goal-ahead.ts), which always
 * starts on 1 January, so whole years are all that is needed to leave the base years out exactly.
 */
export function periodYearsQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: salesFilter(filters, 's', false),
    columns: ['month', ...revenueColumns(filters.basis)],
  });
  const query = sql`SELECT year(s.month)::DOUBLE AS year, sum(${measuredRevenue(filters.basis)})::DOUBLE AS revenue
FROM ${facts} s
GROUP BY 1
ORDER BY 1`;
  return toQuery(query);
}

export function readPeriodYears(result: ColumnarResult): Map<number, number> {
  const years = numberColumn(result, 'year');
  const revenue = numberColumn(result, 'revenue');
  return new Map(Array.from(years, (year, i) => [year, revenue[i]!]));
}
