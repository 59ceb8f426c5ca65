import { message, MessageError } from '../i18n/message';
import { parquetMetadataAsync, parquetReadObjects, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { toCsv, type CsvCell } from '../export/csv-export';
import { autoMap, type ColumnMapping } from './column-mapping';
import type { CanonicalKind } from './ingest-kinds';

/** Rows a Parquet file may bring into the browser (about what a 200 MB CSV would hold). */
export const MAX_PARQUET_ROWS = 5_000_000;

const FOOTER_GUESS_BYTES = 1 << 16;

export interface ParquetAsCsv {
  /** UTF-8 CSV text of the columns read, ready for the same ingest as an uploaded CSV. */
  csv: Uint8Array;
  /** Every top-level column of the file, and the ones actually read (the mapped ones). */
  columns: string[];
  columnsRead: string[];
  rows: number;
}

/** Dates as ISO days (or full timestamps); 64-bit integers as exact text; nothing else changes. */
function cell(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

function mappedColumns(mapping: ColumnMapping): string[] {
  return [...new Set(Object.values(mapping).flatMap((source) => ('column' in source ? [source.column] : [])))];
}

/**
 * Reads a Parquet file through an AsyncBuffer: over HTTP that is range requests, first the
 * footer, then only the column chunks the mapping needs. The rows become CSV so Parquet goes
 * through exactly the validation, mapping and report a CSV does. Parquet is read in JavaScript
 * (hyparquet) because DuckDB-WASM's Parquet reader is an extension it would fetch from a CDN.
 */
export async function parquetToCsv(file: AsyncBuffer, kind: CanonicalKind): Promise<ParquetAsCsv> {
  // The footer is usually a few KB: ask for 64 KB, not hyparquet's default 512 KB guess.
  const metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_GUESS_BYTES });
  const rows = Number(metadata.num_rows);
  if (rows > MAX_PARQUET_ROWS)
    throw new MessageError(message('ingest.remote.tooManyRows', { rows: rows.toLocaleString('en'), limit: MAX_PARQUET_ROWS.toLocaleString('en') }));
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  const wanted = mappedColumns(autoMap(kind, columns));
  // Nothing recognisable: read every column, so the report can say what is missing.
  const columnsRead = wanted.length > 0 ? columns.filter((c) => wanted.includes(c)) : columns;
  const objects = await parquetReadObjects({ file, metadata, columns: columnsRead });
  const csv = toCsv(
    columnsRead,
    objects.map((row) => columnsRead.map((name) => cell(row[name]))),
  );
  return { csv: new TextEncoder().encode(csv), columns, columnsRead, rows };
}
