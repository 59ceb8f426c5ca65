import { textColumn, type ColumnarResult } from '../engine/engine';
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
  const clauses = ['TRUE'];
  const params: (string | null)[] = [];
  if (filters.retailer) {
    clauses.push('e.retailer = ?');
    params.push(filters.retailer);
  }
  if (filters.from) {
    clauses.push('e.date >= ?::DATE');
    params.push(filters.from);
  }
  if (filters.to) {
    clauses.push('e.date <= ?::DATE');
    params.push(filters.to);
  }
  const sql = `SELECT e.date, e.retailer, e.label, e.source_url
FROM ${tableRef(filters.dataset, 'events')} e
WHERE ${clauses.join(' AND ')}
ORDER BY e.date, e.retailer`;
  return { sql, params };
}

export function readEvents(result: ColumnarResult): DatedEvent[] {
  const dates = textColumn(result, 'date');
  const retailers = textColumn(result, 'retailer');
  const labels = textColumn(result, 'label');
  const sources = textColumn(result, 'source_url');
  return dates.map((date, i) => ({ date: date ?? '', retailer: retailers[i] ?? '', label: labels[i] ?? '', sourceUrl: sources[i] ?? null }));
}
