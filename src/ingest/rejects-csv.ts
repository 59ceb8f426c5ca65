import { toCsv } from '../export/csv-export';
import type { RejectedRow } from './ingest-report';

/** The rejected rows of one file as a CSV the analyst can open, fix and upload again. */
export function rejectsCsv(file: string, rejects: readonly RejectedRow[]): string {
  return toCsv(
    ['file', 'line', 'column', 'value', 'reason'],
    rejects.map((r) => [file, r.line, r.column, r.value, r.reason]),
  );
}
