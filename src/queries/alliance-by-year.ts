import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { competitionFilter } from './competition-filter';
import { filterWindow, revenueColumns, salesFacts, type SalesSource } from './sales-facts';
import { measuredRevenue } from './sales-with-commission';

export interface AllianceYearRow {
  retailer: string;
  year: number;
  /** Revenue on the chosen basis. */
  revenue: number;
  firstDate: string;
  lastDate: string;
  /** What the figures measure and where they come from ("food e-commerce sales", a URL…). */
  metrics: string[];
  sources: string[];
}

/** Separates several metrics or sources in one text cell: a line break never occurs in either. */
const SEPARATOR = '\n';

/**
 * Each compared retailer's revenue by calendar year over the filtered period, with what it
 * measures and its sources. A year with no row is absent: the view says it was not published.
 */
export function allianceByYearQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: competitionFilter(filters, 's', false),
    columns: ['retailer', 'month', ...revenueColumns(filters.basis), 'first_date', 'last_date', 'metric', 'source'],
  });
  const query = sql`SELECT s.retailer, year(s.month)::DOUBLE AS year,
  sum(${measuredRevenue(filters.basis)})::DOUBLE AS revenue,
  min(s.first_date) AS first_date, max(s.last_date) AS last_date,
  string_agg(DISTINCT coalesce(s.metric, ''), chr(10) ORDER BY coalesce(s.metric, '')) AS metrics,
  string_agg(DISTINCT coalesce(s.source, ''), chr(10) ORDER BY coalesce(s.source, '')) AS sources
FROM ${facts} s
GROUP BY s.retailer, year(s.month)
ORDER BY s.retailer, year`;
  return toQuery(query);
}

export function readAllianceByYear(result: ColumnarResult): AllianceYearRow[] {
  const retailer = textColumn(result, 'retailer');
  const year = numberColumn(result, 'year');
  const revenue = numberColumn(result, 'revenue');
  const first = textColumn(result, 'first_date');
  const last = textColumn(result, 'last_date');
  const metrics = textColumn(result, 'metrics');
  const sources = textColumn(result, 'sources');
  const list = (text: string | null | undefined) => (text ?? '').split(SEPARATOR).filter(Boolean);
  return retailer.map((r, i) => ({
    retailer: r ?? '',
    year: year[i]!,
    revenue: revenue[i]!,
    firstDate: first[i] ?? '',
    lastDate: last[i] ?? '',
    metrics: list(metrics[i]),
    sources: list(sources[i]),
  }));
}
