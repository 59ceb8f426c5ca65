import type { Message } from '../i18n/message';
import type { ColumnMapping } from './column-mapping';
import type { CsvSettings } from './csv-settings';
import type { DateFormat } from './dates';
import type { IngestKind } from './ingest-kinds';
import type { NumberFormat } from './numbers';

/** One input record that was not loaded, and why; `line` is where the record starts in the file. */
export interface RejectedRow {
  line: number;
  /** Source column at fault; '' when the whole record is (wrong field count, broken quotes). */
  column: string;
  value: string;
  reason: Message;
}

/** A decision the sniffer could not make from the evidence: the analyst must answer it. */
export interface OpenQuestion {
  kind: 'date-format';
  column: string;
  choices: DateFormat[];
}

export interface ValueFormats {
  number: NumberFormat;
  date: DateFormat | null;
}

/** Type of each column of a plain table (kind `table`), as loaded. */
export type TableColumnType = 'BIGINT' | 'DOUBLE' | 'DECIMAL(38,10)' | 'DATE' | 'VARCHAR';

/**
 * What happened to every line of one file. The counts always reconcile:
 * rowsRead = rowsLoaded + rowsRejected, and lines = header + preamble + blank + comment lines +
 * the lines spanned by the records read.
 */
export interface IngestReport {
  file: string;
  bytes: number;
  kind: IngestKind;
  refused: boolean;
  /** Why the file was refused, naming the line (and column) to fix. */
  reason: Message | null;
  settings: CsvSettings;
  formats: ValueFormats;
  /** Source headers as read (generated `column_N` names when the file has no header). */
  headers: string[];
  mapping: ColumnMapping;
  /** For kind `table`: the table name and column types it was (or would be) loaded with. */
  /** An array, not an object: a CSV header may well be named `__proto__`. */
  table: { name: string; columns: { name: string; type: TableColumnType }[] } | null;
  lines: number;
  headerLines: number;
  preambleLines: number;
  blankLines: number;
  commentLines: number;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rejects: RejectedRow[];
  questions: OpenQuestion[];
  warnings: Message[];
  totals: { revenue: number; byChannel: Record<string, number>; byYear: Record<string, number> } | null;
}
