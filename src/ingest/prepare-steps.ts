import { message, whereInFile, type Message } from '../i18n/message';
import { guessKind, autoMap, type ColumnMapping, type MappingProfile } from './column-mapping';
import type { CsvSettings } from './csv-settings';
import type { DateFormat, DateFormatGuess } from './dates';
import { detectEncoding, type TextEncoding } from './decode';
import { KIND_COLUMNS, type CanonicalKind, type IngestKind } from './ingest-kinds';
import type { IngestReport, OpenQuestion, RejectedRow } from './ingest-report';
import { planColumns, type ColumnPlan } from './row-converter';
import { hasCp1252Undefined, surveyUtf8 } from './utf8-check';

/**
 * The steps both ingest paths share, word for word: the exact path (PapaParse, every record in
 * JS) and the fast path (DuckDB's reader, values checked in SQL). Sharing them is what keeps the
 * two reports identical: same encoding decision, same mapping, same refusals, same messages.
 */

/** Rejects kept in the report; the count is always exact, the list is capped for memory. */
export const MAX_LISTED_REJECTS = 10_000;

/** Settings stated in a report refused before any could be sniffed. */
export function fallbackSettings(encoding: TextEncoding = 'utf-8'): CsvSettings {
  return { encoding, delimiter: ',', quote: '"', header: true, skipRecords: 0, comment: '' };
}

export function emptyReport(request: { fileName: string; bytes: Uint8Array; kind?: IngestKind }, settings: CsvSettings): IngestReport {
  return {
    file: request.fileName,
    bytes: request.bytes.length,
    kind: request.kind ?? 'table',
    refused: false,
    reason: null,
    settings,
    formats: { number: { decimal: '.', thousands: '' }, date: null },
    headers: [],
    mapping: {},
    table: null,
    lines: 0,
    headerLines: 0,
    preambleLines: 0,
    blankLines: 0,
    commentLines: 0,
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rejects: [],
    questions: [],
    warnings: [],
    totals: null,
  };
}

export function refusedReport(report: IngestReport, reason: Message): IngestReport {
  return { ...report, refused: true, reason, rowsLoaded: 0 };
}

export type EncodingDecision =
  | { ok: true; encoding: TextEncoding; /** Lines of an otherwise UTF-8 file whose bytes are not UTF-8: quarantined. */ brokenLines: Set<number> }
  | { ok: false; encoding: TextEncoding; reason: Message };

/** The text encoding of the (plain) bytes: the analyst's choice, else the evidence of every byte. */
export function decideEncoding(bytes: Uint8Array, fileName: string, chosen: TextEncoding | undefined): EncodingDecision {
  let encoding = chosen ?? detectEncoding(bytes);
  let brokenLines = new Set<number>();
  if (encoding === 'windows-1252' && !chosen) {
    const survey = surveyUtf8(bytes);
    if (survey.validMultibyte > survey.invalidLines.length) {
      encoding = 'utf-8';
      brokenLines = new Set(survey.invalidLines);
    } else if (hasCp1252Undefined(bytes)) {
      return {
        ok: false,
        encoding,
        reason: message('ingest.refuse.unknownEncoding', { file: fileName, line: survey.invalidLines[0] ?? 1 }),
      };
    }
  }
  return { ok: true, encoding, brokenLines };
}

export function binaryFileReason(fileName: string): Message {
  return message('ingest.refuse.binary', { file: fileName });
}

/** Defaults for canonical columns the file does not have, stated in the report as warnings. */
export function fillDefaults(kind: CanonicalKind, mapping: ColumnMapping, fileName: string, warnings: Message[]): ColumnMapping {
  const filled = { ...mapping };
  const stem = fileName.replace(/\.[^.]*$/, '');
  const setDefault = (column: string, value: string, warn?: Message) => {
    if (filled[column]) return;
    filled[column] = { constant: value };
    if (warn) warnings.push(warn);
  };
  if (kind === 'sales') {
    setDefault('retailer', stem, message('ingest.warn.noRetailer', { retailer: stem }));
    setDefault('channel', 'total', message('ingest.warn.noChannel'));
    setDefault('metric', 'revenue');
  }
  if (kind === 'targets') setDefault('metric', 'revenue');
  if (kind === 'fees') setDefault('fixed_eur_per_order', '0');
  setDefault('source', fileName);
  return filled;
}

/** The kind of a file with these headers: the analyst's choice, else guessed from the headers. */
export function kindOf(request: { kind?: IngestKind }, headers: readonly string[] | null): IngestKind {
  return request.kind ?? (headers ? guessKind(headers) : 'table');
}

export type MappedColumns = { ok: true; mapping: ColumnMapping; plans: ColumnPlan[] } | { ok: false; mapping: ColumnMapping; reason: Message };

/**
 * The mapping of a canonical kind (automatic, then the analyst's profile, then defaults) and the
 * plan filling each canonical column; a column named in the mapping but absent from the file, or
 * a required column left unmapped, refuses the file with the columns it does have.
 */
export function mapColumns(
  kind: CanonicalKind,
  headers: readonly string[],
  fileName: string,
  profile: Partial<MappingProfile> | undefined,
  warnings: Message[],
): MappedColumns {
  const mapping = fillDefaults(kind, { ...autoMap(kind, headers), ...profile?.mapping }, fileName, warnings);
  const plans = planColumns(KIND_COLUMNS[kind], headers, mapping);
  const missing = plans.filter((p) => p.column.required && p.index === null && p.constant === null);
  const unknown = plans.filter((p) => p.index === null && mapping[p.column.name] && 'column' in mapping[p.column.name]!);
  const columns = headers.map((h) => `"${h}"`).join(', ');
  if (unknown.length)
    return {
      ok: false,
      mapping,
      reason: message('ingest.refuse.unknownColumns', { file: fileName, names: unknown.map((p) => `"${p.sourceName}"`).join(', '), columns }),
    };
  if (missing.length) {
    return {
      ok: false,
      mapping,
      reason: message('ingest.refuse.unmappedColumns', { file: fileName, names: missing.map((p) => p.column.name).join(', '), columns }),
    };
  }
  return { ok: true, mapping, plans };
}

/** Why a file none of whose rows could be loaded is refused, naming the first reject ("the only row" for one). */
export function noneLoadedReason(fileName: string, rowsRead: number, first: RejectedRow | undefined): Message {
  const counts = { rows: rowsRead, file: fileName };
  const one = rowsRead === 1;
  if (!first) return message(one ? 'ingest.refuse.noneLoadedOne' : 'ingest.refuse.noneLoaded', counts);
  const where = whereInFile(first.line, first.column);
  return message(one ? 'ingest.refuse.noneLoadedOneFirst' : 'ingest.refuse.noneLoadedFirst', { ...counts, where, reason: first.reason });
}

/**
 * The date format: the analyst's, else the one the whole column reads with; when two formats read
 * it equally well with different dates (03/04 vs 04/03), the analyst is asked.
 */
export function decideDateFormat(
  plans: readonly ColumnPlan[],
  guess: () => DateFormatGuess,
  chosen: DateFormat | undefined,
  questions: OpenQuestion[],
): DateFormat | null {
  if (chosen) return chosen;
  const { format, alternatives } = guess();
  if (alternatives.length) {
    const column = plans.find((p) => p.index !== null && p.column.type === 'date')?.sourceName ?? 'date';
    questions.push({ kind: 'date-format', column, choices: alternatives });
  }
  return format;
}
