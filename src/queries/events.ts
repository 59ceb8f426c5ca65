import { textColumn, type ColumnarResult } from '../engine/engine';
import { join, sql, toQuery, type Sql } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { tableRef } from './table-ref';

export interface DatedEvent {
  date: string;
  retailer: string;
  label: string;
  sourceUrl: string | null;
}

/** Dated annotations (deals, launches, restatements) for the filtered retailer and period. */
export function eventsQuery(filters: Filters): BuiltQuery {
  const clauses: Sql[] = [sql`TRUE`];
  if (filters.retailer) clauses.push(sql`e.retailer = ${filters.retailer}`);
  if (filters.from) clauses.push(sql`e.date >= ${filters.from}::DATE`);
  if (filters.to) clauses.push(sql`e.date <= ${filters.to}::DATE`);
  const query = sql`SELECT e.date, e.retailer, e.label, e.source_url
FROM ${tableRef(filters.dataset, 'events')} e
WHERE ${join(clauses, ' AND ')}
ORDER BY e.date, e.retailer`;
  return toQuery(query);
}

export function readEvents(result: ColumnarResult): DatedEvent[] {
  const dates = textColumn(result, 'date');
  const retailers = textColumn(result, 'retailer');
  const labels = textColumn(result, 'label');
  const sources = textColumn(result, 'source_url');
  return dates.map((date, i) => ({ date: date ?? '', retailer: retailers[i] ?? '', label: labels[i] ?? '', sourceUrl: sources[i] ?? null }));
}
