import { unneutralise } from '../export/csv-export';
import { csvLine, type CsvValue } from './canonical-csv';
import { autoMap, guessKind, type ColumnMapping, type MappingProfile } from './column-mapping';
import { inferColumnType } from './column-types';
import type { CsvRecord, CsvSettings } from './csv-settings';
import { detectDateFormat, type DateFormat } from './dates';
import { decodeText, detectEncoding } from './decode';
import { looksBinary, plainCsvBytes } from './file-bytes';
import { hasCp1252Undefined, surveyUtf8 } from './utf8-check';
import { KIND_COLUMNS, type CanonicalKind, type IngestKind } from './ingest-kinds';
import type { IngestReport, OpenQuestion, RejectedRow, TableColumnType, ValueFormats } from './ingest-report';
import { detectNumberFormat, type NumberFormat } from './numbers';
import { readRecords } from './record-reader';
import { convertCell, planColumns, type ColumnPlan } from './row-converter';
import { sniffSettings } from './sniff';
import { columnNames, fieldCountProblem } from './table-shape';

/** What the analyst (or the CLI) decided; anything left out is sniffed or mapped automatically. */
export interface IngestRequest {
  fileName: string;
  bytes: Uint8Array;
  kind?: IngestKind;
  settings?: Partial<CsvSettings>;
  profile?: Partial<MappingProfile>;
  formats?: { number?: NumberFormat; date?: DateFormat };
  /** Name of the plain table for kind `table` (default: from the file name). */
  tableName?: string;
  /** Read only the first records, for the preview shown while the analyst decides. */
  previewRecords?: number;
  chunkSize?: number;
  onProgress?: (progress: { chars: number; totalChars: number; records: number }) => void;
}

export interface PreparedIngest {
  report: IngestReport;
  /** The loaded rows as a normalised CSV with a header (canonical column names), for DuckDB. */
  csv: string;
  /** First records as read (after the header), for the preview table. */
  preview: string[][];
}

/**
 * A prepared file as the page receives it from the parsing worker: the CSV as UTF-8 bytes
 * (transferred, never a string on the page's thread). Loaders take either form.
 */
export type LoadablePrepared = Omit<PreparedIngest, 'csv'> & { csv: string | Uint8Array };

/** Rejects kept in the report; the count is always exact, the list is capped for memory. */
const MAX_LISTED_REJECTS = 10_000;

export function tableNameFor(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*(\.gz)?$/i, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const name = stem.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 50);
  return /^[a-z]/.test(name) ? name : `t_${name || 'upload'}`;
}

function emptyReport(request: IngestRequest, settings: CsvSettings): IngestReport {
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

function refuse(report: IngestReport, reason: string): PreparedIngest {
  return { report: { ...report, refused: true, reason, rowsLoaded: 0 }, csv: '', preview: [] };
}

/** Defaults for canonical columns the file does not have, stated in the report as warnings. */
function fillDefaults(kind: CanonicalKind, mapping: ColumnMapping, fileName: string, warnings: string[]): ColumnMapping {
  const filled = { ...mapping };
  const stem = fileName.replace(/\.[^.]*$/, '');
  const setDefault = (column: string, value: string, warn?: string) => {
    if (filled[column]) return;
    filled[column] = { constant: value };
    if (warn) warnings.push(warn);
  };
  if (kind === 'sales') {
    setDefault('retailer', stem, `No retailer column: every row is attributed to "${stem}". Type the retailer in the mapping to change it.`);
    setDefault('channel', 'total', 'No channel column: the rows are loaded as undivided totals (channel "total").');
    setDefault('metric', 'revenue');
  }
  if (kind === 'targets') setDefault('metric', 'revenue');
  if (kind === 'fees') setDefault('fixed_eur_per_order', '0');
  setDefault('source', fileName);
  return filled;
}

/**
 * The whole ingest up to the database: decode, sniff, parse every record, map, validate and
 * write the normalised CSV. Pure (no engine), so the browser worker and the CLI share it.
 */
export async function prepareIngest(request: IngestRequest): Promise<PreparedIngest> {
  const plain = await plainCsvBytes(request.bytes, request.fileName);
  const fallbackSettings: CsvSettings = { encoding: 'utf-8', delimiter: ',', quote: '"', header: true, skipRecords: 0, comment: '' };
  if (!plain.ok) return refuse(emptyReport(request, fallbackSettings), plain.reason);
  let encoding = request.settings?.encoding ?? detectEncoding(plain.value);
  // Lines whose bytes are not valid UTF-8 in an otherwise UTF-8 file: quarantined, not guessed.
  let brokenLines = new Set<number>();
  if (encoding === 'windows-1252' && !request.settings?.encoding) {
    const survey = surveyUtf8(plain.value);
    if (survey.validMultibyte > survey.invalidLines.length) {
      encoding = 'utf-8';
      brokenLines = new Set(survey.invalidLines);
    } else if (hasCp1252Undefined(plain.value)) {
      return refuse(
        emptyReport(request, { ...fallbackSettings, encoding }),
        `${request.fileName}, line ${survey.invalidLines[0] ?? 1}: the text is neither UTF-8 nor Windows-1252 (perhaps Shift-JIS or another Asian encoding). Save the file as "CSV UTF-8" and upload it again.`,
      );
    }
  }
  const { text } = decodeText(plain.value, encoding);
  if (looksBinary(text)) return refuse(emptyReport(request, { ...fallbackSettings, encoding }), `${request.fileName} looks like a binary file, not text. Export the data as CSV.`);
  const settings: CsvSettings = { ...sniffSettings(text, encoding), ...request.settings, encoding };
  let report = emptyReport(request, settings);

  // Records the parser could not read cleanly stay in sequence (they count as read) with a problem.
  const records: (CsvRecord & { problem?: string })[] = [];
  const rejects: RejectedRow[] = [];
  let rejected = 0;
  const reject = (row: RejectedRow) => {
    rejected++;
    if (rejects.length < MAX_LISTED_REJECTS) rejects.push(row);
  };
  const summary = readRecords(
    text,
    settings,
    (event) => {
      if (event.type === 'record') {
        const broken = brokenLines.has(event.record.line);
        records.push(broken ? { ...event.record, problem: 'bytes that are not valid UTF-8 on this line (the rest of the file is UTF-8): fix or re-export it' } : event.record);
      }
      else if (event.type === 'blank') report.blankLines++;
      else if (event.type === 'comment') report.commentLines++;
      else if (event.type === 'too-long') records.push({ line: event.line, fields: [], problem: `a record of ${event.chars} characters (the limit is 1,000,000): a quote that is never closed, or not a CSV file` });
      else records.push({ ...event.record, problem: `malformed quotes: ${event.message}` });
    },
    {
      ...(request.chunkSize ? { chunkSize: request.chunkSize } : {}),
      ...(request.previewRecords ? { limit: request.previewRecords + settings.skipRecords + 1 } : {}),
      onProgress: (chars, records) => request.onProgress?.({ chars, totalChars: text.length, records }),
    },
  );
  report.lines = summary.lines;
  if (summary.fatal) return refuse(report, `${request.fileName}, line ${summary.fatal.line}: ${summary.fatal.message}. Close the quote, or set quoting to "none" if quotes are never used to wrap values.`);

  const preamble = records.splice(0, Math.min(settings.skipRecords, records.length));
  report.preambleLines = preamble.length;
  // A lone record can't be both header and data. For a plain table, where no column names are
  // needed, it is data (the analyst can still tick "header"); canonical kinds need names.
  if (records.length === 1 && settings.header && request.settings?.header === undefined && (request.kind ?? guessKind(columnNames(records[0]!, records[0]!.fields.length))) === 'table') {
    settings.header = false;
    report.settings = settings;
    report.warnings.push('The file holds a single record: it is read as data, not as a header.');
  }
  const header = settings.header ? (records.shift() ?? null) : null;
  report.headerLines = header ? 1 : 0;
  if (records.length === 0) {
    const what = header ? 'has a header but no data rows' : 'has no data rows';
    return refuse(report, `${request.fileName} ${what}${report.blankLines ? ` (${report.blankLines} blank lines)` : ''}. Check that you picked the right file.`);
  }

  // The table is as wide as its header, or as its most common record when there is no header.
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  let width = header ? header.fields.length : modal;
  // A header ending with empty names over empty cells (a trailing `;`) adds no column.
  while (header && width > 1 && header.fields[width - 1]!.trim() === '' && records.every((r) => (r.fields[width - 1] ?? '').trim() === '')) width--;
  const headers = columnNames(header, width);
  report.headers = headers;

  const good: CsvRecord[] = [];
  for (const record of records) {
    if (record.problem) {
      reject({ line: record.line, column: '', value: record.fields.join(settings.delimiter).slice(0, 200), reason: record.problem });
    } else {
      const problem = fieldCountProblem(record, width);
      if (problem) reject({ line: record.line, column: '', value: record.fields.join(settings.delimiter).slice(0, 200), reason: problem });
      else good.push(record);
    }
  }
  report.rowsRead = records.length;
  const preview = records.slice(0, 50).map((r) => r.fields.slice(0, width));
  const kind = request.kind ?? (header ? guessKind(headers) : 'table');
  report.kind = kind;
  const preferDecimal = settings.delimiter === ';' ? ',' : '.';

  const lines: string[] = [];
  if (kind === 'table') {
    const columns: { name: string; type: TableColumnType }[] = [];
    const typings = headers.map((name, i) => {
      const typing = inferColumnType(good.map((r) => r.fields[i] ?? ''), preferDecimal);
      columns.push({ name, type: typing.type });
      if (typing.ambiguousDates) report.warnings.push(`Column "${name}" holds dates that read as ${typing.ambiguousDates.join(' or ')}: loaded as text.`);
      return typing;
    });
    report.table = { name: request.tableName ?? tableNameFor(request.fileName), columns };
    lines.push(csvLine(headers.map((h) => ({ text: h }))));
    for (const record of good) {
      lines.push(
        csvLine(
          typings.map((typing, i): CsvValue => {
            const raw = record.fields[i] ?? '';
            if (typing.type === 'VARCHAR') return { text: unneutralise(raw) };
            const cell = convertCell(
              { column: { name: headers[i]!, type: typing.date ? 'date' : 'number', required: false, aliases: [] }, index: i, sourceName: headers[i]!, constant: null },
              record.fields,
              { number: typing.number ?? { decimal: '.', thousands: '' }, date: typing.date ?? null },
              {},
            );
            return cell.ok ? cell.value : { text: raw };
          }),
        ),
      );
    }
    report.rowsLoaded = good.length;
  } else {
    const mapping = fillDefaults(kind, { ...autoMap(kind, headers), ...request.profile?.mapping }, request.fileName, report.warnings);
    report.mapping = mapping;
    const plans = planColumns(KIND_COLUMNS[kind], headers, mapping);
    const missing = plans.filter((p) => p.column.required && p.index === null && p.constant === null);
    const unknown = plans.filter((p) => p.index === null && mapping[p.column.name] && 'column' in mapping[p.column.name]!);
    if (unknown.length) return refuse({ ...report, rowsRejected: rejected, rejects }, `${request.fileName}: no column named ${unknown.map((p) => `"${p.sourceName}"`).join(', ')} (the columns are ${headers.map((h) => `"${h}"`).join(', ')}).`);
    if (missing.length) {
      return refuse({ ...report, rowsRejected: rejected, rejects }, `${request.fileName}: no column is mapped to ${missing.map((p) => p.column.name).join(', ')}. Map a column of the file to it (the columns are ${headers.map((h) => `"${h}"`).join(', ')}).`);
    }
    const formats = decideFormats(plans, good, preferDecimal, request, report.questions);
    report.formats = formats;
    lines.push(csvLine(plans.map((p) => ({ text: p.column.name }))));
    const channels = request.profile?.channelValues ?? {};
    for (const record of good) {
      const values: CsvValue[] = [];
      let failure: RejectedRow | null = null;
      for (const plan of plans) {
        const cell = convertCell(plan, record.fields, formats, channels);
        if (!cell.ok) {
          failure = { line: record.line, column: cell.column, value: cell.value, reason: cell.reason };
          break;
        }
        values.push(cell.value);
      }
      if (failure) reject(failure);
      else lines.push(csvLine(values));
    }
    report.rowsLoaded = lines.length - 1;
  }
  report = { ...report, rowsRejected: rejected, rejects };
  if (report.rowsLoaded === 0 && !request.previewRecords) {
    const first = rejects[0];
    return refuse(report, `None of the ${report.rowsRead} rows of ${request.fileName} could be loaded${first ? `; line ${first.line}${first.column ? `, column "${first.column}"` : ''}: ${first.reason}` : ''}.`);
  }
  return { report, csv: `${lines.join('\n')}\n`, preview };
}

/** Number and date formats, decided from every cell of the mapped columns (never row by row). */
function decideFormats(plans: ColumnPlan[], records: CsvRecord[], preferDecimal: '.' | ',', request: IngestRequest, questions: OpenQuestion[]): ValueFormats {
  const cellsOf = (types: string[]) =>
    plans.filter((p) => p.index !== null && types.includes(p.column.type)).flatMap((p) => records.map((r) => r.fields[p.index!] ?? ''));
  const number = request.formats?.number ?? detectNumberFormat(cellsOf(['number', 'integer']), preferDecimal).format;
  let date = request.formats?.date ?? null;
  if (!date) {
    const guess = detectDateFormat(cellsOf(['date']));
    date = guess.format;
    if (guess.alternatives.length) {
      const column = plans.find((p) => p.index !== null && p.column.type === 'date')?.sourceName ?? 'date';
      questions.push({ kind: 'date-format', column, choices: guess.alternatives });
    }
  }
  return { number, date };
}
