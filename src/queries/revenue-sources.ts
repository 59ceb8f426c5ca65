import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { filterWindow, salesFacts, type SalesSource } from './sales-facts';
import { salesFilter } from './sales-filter';

export interface RevenueSource {
  metric: string;
  source: string;
  firstDate: string;
  lastDate: string;
  revenue: number;
}

/** Where the filtered revenue comes from and what it measures: printed under the charts. */
export function revenueSourcesQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: salesFilter(filters, 's', false),
    columns: ['metric', 'source', 'first_date', 'last_date', 'revenue_eur'],
  });
  const query = sql`SELECT coalesce(s.metric, '') AS metric, coalesce(s.source, '') AS source,
  min(s.first_date) AS first_date, max(s.last_date) AS last_date, sum(s.revenue_eur)::DOUBLE AS revenue
FROM ${facts} s
GROUP BY ALL
ORDER BY first_date, metric, source`;
  return toQuery(query);
}

export function readRevenueSources(result: ColumnarResult): RevenueSource[] {
  const metric = textColumn(result, 'metric');
  const source = textColumn(result, 'source');
  const first = textColumn(result, 'first_date');
  const last = textColumn(result, 'last_date');
  const revenue = numberColumn(result, 'revenue');
  return metric.map((m, i) => ({ metric: m ?? '', source: source[i] ?? '', firstDate: first[i] ?? '', lastDate: last[i] ?? '', revenue: revenue[i]! }));
}
