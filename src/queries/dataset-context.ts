import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import { compareNullable } from '../analytics/fact-sums';
import type { BuiltQuery } from './built-query';
import type { DatedEvent } from './events';
import { cubeRef, tableRef } from './table-ref';

/** One row of the targets table, its amount in whole cents (exact: the column is DECIMAL(18,2)). */
export interface TargetRecord {
  retailer: string | null;
  channel: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  cents: number | null;
  setOn: string | null;
  label: string | null;
  source: string | null;
}

/**
 * What the overview needs of a dataset whatever the filters: its first and last day with data,
 * every goal version and every dated event. Small tables, read once per dataset (and again when
 * it is reloaded); the filters are applied to them in TypeScript (analytics/goal-selection.ts),
 * so a filter change asks DuckDB one question only (overview-facts.ts).
 */
export interface DatasetContext {
  firstDate: string | null;
  lastDate: string | null;
  targets: TargetRecord[];
  /** Every event, by date then retailer. */
  events: DatedEvent[];
}

/**
 * The three parts as one result (a `kind` column says which): one round trip to DuckDB's worker.
 * Amounts come as integers of cents, so sums in TypeScript are exact and convert to the same
 * double as DuckDB's `sum(target_eur)::DOUBLE`.
 */
export function datasetContextQuery(dataset: string): BuiltQuery {
  const query = sql`SELECT 'bounds' AS kind, NULL::VARCHAR AS retailer, NULL::VARCHAR AS channel, min(s.first_date) AS d1, max(s.last_date) AS d2,
  NULL::DATE AS d3, NULL::BIGINT AS cents, NULL::VARCHAR AS label, NULL::VARCHAR AS source
FROM ${cubeRef(dataset, 'sales_monthly')} s
UNION ALL
SELECT 'target', t.retailer, t.channel, t.period_start, t.period_end, t.set_on, (t.target_eur * 100)::BIGINT, t.label, t.source
FROM ${tableRef(dataset, 'targets')} t
UNION ALL
SELECT 'event', e.retailer, NULL, e.date, NULL, NULL, NULL, e.label, e.source_url
FROM ${tableRef(dataset, 'events')} e`;
  return toQuery(query);
}

// By the values as stored: NULL sorts last in DuckDB's ORDER BY, '' (how the reader shows it) would sort first.
const byDateThenRetailer = (a: [DatedEvent, string | null, string | null], b: [DatedEvent, string | null, string | null]) =>
  compareNullable(a[1], b[1]) || compareNullable(a[2], b[2]);

export function readDatasetContext(result: ColumnarResult): DatasetContext {
  const kind = textColumn(result, 'kind');
  const [retailer, channel, d1, d2, d3, label, source] = ['retailer', 'channel', 'd1', 'd2', 'd3', 'label', 'source'].map((n) => textColumn(result, n));
  const cents = numberColumn(result, 'cents');
  const context: DatasetContext = { firstDate: null, lastDate: null, targets: [], events: [] };
  const events: [DatedEvent, string | null, string | null][] = [];
  kind.forEach((k, i) => {
    if (k === 'bounds') {
      context.firstDate = d1![i] ?? null;
      context.lastDate = d2![i] ?? null;
    } else if (k === 'target') {
      const amount = cents[i]!;
      context.targets.push({
        retailer: retailer![i] ?? null,
        channel: channel![i] ?? null,
        periodStart: d1![i] ?? null,
        periodEnd: d2![i] ?? null,
        cents: Number.isNaN(amount) ? null : amount,
        setOn: d3![i] ?? null,
        label: label![i] ?? null,
        source: source![i] ?? null,
      });
    } else {
      const event = { date: d1![i] ?? '', retailer: retailer![i] ?? '', label: label![i] ?? '', sourceUrl: source![i] ?? null };
      events.push([event, d1![i] ?? null, retailer![i] ?? null]);
    }
  });
  context.events = events.sort(byDateThenRetailer).map(([event]) => event);
  return context;
}
