import { textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { BuiltQuery } from './built-query';
import { ALL_DATES, ALL_ROWS, salesFacts, type SalesSource } from './sales-facts';

export interface DatasetFacets {
  firstDate: string | null;
  lastDate: string | null;
  rows: number;
  retailers: string[];
  channels: string[];
  regions: string[];
  categories: string[];
  /**
   * The dataset's (platform, channel) pairs, unfiltered: the most rows the commission chart can
   * have, for which it keeps room (a filter then changes its bars, not its height).
   */
  platformRows: number;
}

/** The values the filter bar offers, and the dataset's date range. One long table, one query. */
export function datasetFacetsQuery(dataset: string, source: SalesSource = 'raw'): BuiltQuery {
  // Every row of the dataset, read by each facet (a fragment used several times carries its params each time).
  const sales = sql`${salesFacts(dataset, { source, window: ALL_DATES, where: ALL_ROWS, columns: ['retailer', 'channel', 'platform', 'region', 'category', 'first_date', 'last_date', 'row_count'] })} s`;
  const query = sql`SELECT 'retailer' AS facet, retailer AS value FROM ${sales} WHERE retailer IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'channel', channel FROM ${sales} WHERE channel IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'region', region FROM ${sales} WHERE region IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'category', category FROM ${sales} WHERE category IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'first_date', min(first_date)::VARCHAR FROM ${sales}
UNION ALL SELECT 'last_date', max(last_date)::VARCHAR FROM ${sales}
UNION ALL SELECT 'rows', coalesce(sum(row_count), 0)::VARCHAR FROM ${sales}
UNION ALL SELECT 'platform_rows', count(*)::VARCHAR FROM (SELECT platform, channel FROM ${sales} GROUP BY ALL)
ORDER BY facet, value`;
  return toQuery(query);
}

export function readDatasetFacets(result: ColumnarResult): DatasetFacets {
  const facets = textColumn(result, 'facet');
  const values = textColumn(result, 'value');
  const pick = (facet: string) => values.filter((_, i) => facets[i] === facet).filter((v): v is string => v !== null);
  return {
    firstDate: pick('first_date')[0] ?? null,
    lastDate: pick('last_date')[0] ?? null,
    rows: Number(pick('rows')[0] ?? 0),
    retailers: pick('retailer'),
    channels: pick('channel'),
    regions: pick('region'),
    categories: pick('category'),
    platformRows: Number(pick('platform_rows')[0] ?? 0),
  };
}
