import { toCsv } from '../export/csv-export';
import type { Message } from '../i18n/message';
import type { RejectedRow } from './ingest-report';

/** The rejected rows of one file as a CSV the analyst can open, fix and upload again; `say` writes each reason in the reader's language. */
export function rejectsCsv(file: string, rejects: readonly RejectedRow[], say: (reason: Message) => string): string {
  return toCsv(
    ['file', 'line', 'column', 'value', 'reason'],
    rejects.map((r) => [file, r.line, r.column, r.value, say(r.reason)]),
  );
}
