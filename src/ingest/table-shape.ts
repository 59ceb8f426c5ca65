import { message, type Message } from '../i18n/message';
import type { CsvRecord } from './csv-settings';

/**
 * Column names for the table: the header's cells, with blanks named `column_N` and repeats
 * suffixed `_2`, `_3`… so that every column can be mapped and queried by a unique name.
 */
export function columnNames(header: CsvRecord | null, width: number): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < width; i++) {
    // Control characters (a NUL in a header) would cut the name short inside DuckDB's C API.
    const raw = (header?.fields[i] ?? '')
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const base = raw === '' ? `column_${i + 1}` : raw;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    names.push(count === 1 ? base : `${base}_${count}`);
  }
  return names;
}

/**
 * Whether a record fits `width` columns: extra fields are tolerated only when empty (exports
 * often end every line with a spare `;`), never silently dropped when they hold data.
 */
export function fieldCountProblem(record: CsvRecord, width: number): Message | null {
  const count = record.fields.length;
  if (count < width) return message('ingest.reject.fieldCount', { expected: width, found: count });
  if (count > width && record.fields.slice(width).some((f) => f.trim() !== ''))
    return message('ingest.reject.fieldCountExtraData', { expected: width, found: count });
  return null;
}
