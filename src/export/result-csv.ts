import type { ColumnarResult } from '../engine/engine';
import { CSV_BOM, csvRow, type CsvCell } from './csv-export';

const ROWS_PER_PART = 10_000;

/**
 * A query result as CSV, written with the formula-safe writer (csv-export.ts), in parts of ten
 * thousand rows for a Blob: a million-row result never becomes one giant string, nor a million
 * row objects. `order` lists the row indexes to write (the grid's sort); all rows by default.
 */
export function resultCsvParts(result: ColumnarResult, order?: ArrayLike<number>): string[] {
  const columns = result.names.map((name) => result.columns[name]!);
  const total = order ? order.length : result.numRows;
  const cellAt = (column: (typeof columns)[number], row: number): CsvCell => {
    const value = column[row];
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isNaN(value) ? null : value;
    return typeof value === 'boolean' ? String(value) : value;
  };
  const parts = [`${CSV_BOM}${csvRow(result.names)}\r\n`];
  for (let from = 0; from < total; from += ROWS_PER_PART) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(total, from + ROWS_PER_PART); i++) {
      const row = order ? order[i]! : i;
      lines.push(csvRow(columns.map((column) => cellAt(column, row))));
    }
    parts.push(`${lines.join('\r\n')}\r\n`);
  }
  return parts;
}
