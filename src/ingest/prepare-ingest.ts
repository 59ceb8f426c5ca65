import { message, orList, type Message } from '../i18n/message';
import { unneutralise } from '../export/csv-export';
import { csvLine, type CsvValue } from './canonical-csv';
import { guessKind, type MappingProfile } from './column-mapping';
import { inferColumnType } from './column-types';
import type { CsvRecord, CsvSettings } from './csv-settings';
import { detectDateFormat, type DateFormat } from './dates';
import { decodeText } from './decode';
import { looksBinary, plainCsvBytes } from './file-bytes';
import type { IngestKind } from './ingest-kinds';
import type { IngestReport, OpenQuestion, RejectedRow, TableColumnType, ValueFormats } from './ingest-report';
import { detectNumberFormat, type NumberFormat } from './numbers';
import { readRecords } from './record-reader';
import {
  binaryFileReason,
  decideDateFormat,
  decideEncoding,
  emptyReport,
  fallbackSettings,
  kindOf,
  mapColumns,
  MAX_LISTED_REJECTS,
  noneLoadedReason,
  refusedReport,
} from './prepare-steps';
import { convertCell, convertRow, type ColumnPlan } from './row-converter';
import type { StagedRows } from './fast-sql';
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
export type LoadablePrepared = Omit<PreparedIngest, 'csv'> & {
  csv: string | Uint8Array;
  /** Set when the fast path left the rows in DuckDB; `csv` is then empty unless exported for storage. */
  staged?: StagedRows;
};

/** The plain table a file loads into by default: its name without the extension, made plain. */
export function tableNameFor(fileName: string): string {
  return plainTableName(fileName.replace(/\.[^.]*(\.gz)?$/i, ''));
}

/**
 * A plain table's name as `[a-z][a-z0-9_]*` (50 characters at most): accents dropped, anything
 * else one `_`. Every name, the one the caller chose (`tableName`) included, goes through it: the
 * name also names the uploaded file DuckDB reads, so it must stay a plain word.
 */
export function plainTableName(text: string): string {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const name = folded
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
  return /^[a-z]/.test(name) ? name : `t_${name || 'upload'}`;
}

function refuse(report: IngestReport, reason: Message): PreparedIngest {
  return { report: refusedReport(report, reason), csv: '', preview: [] };
}

/**
 * The whole ingest up to the database: decode, sniff, parse every record, map, validate and
 * write the normalised CSV. Pure (no engine), so the browser worker and the CLI share it.
 */
export async function prepareIngest(request: IngestRequest): Promise<PreparedIngest> {
  const plain = await plainCsvBytes(request.bytes, request.fileName);
  if (!plain.ok) return refuse(emptyReport(request, fallbackSettings()), plain.reason);
  const decided = decideEncoding(plain.value, request.fileName, request.settings?.encoding);
  if (!decided.ok) return refuse(emptyReport(request, fallbackSettings(decided.encoding)), decided.reason);
  const { encoding, brokenLines } = decided;
  const { text } = decodeText(plain.value, encoding);
  if (looksBinary(text)) return refuse(emptyReport(request, fallbackSettings(encoding)), binaryFileReason(request.fileName));
  const settings: CsvSettings = { ...sniffSettings(text, encoding), ...request.settings, encoding };
  let report = emptyReport(request, settings);

  // Records the parser could not read cleanly stay in sequence (they count as read) with a problem.
  const records: (CsvRecord & { problem?: Message })[] = [];
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
        records.push(broken ? { ...event.record, problem: message('ingest.reject.invalidUtf8') } : event.record);
      } else if (event.type === 'blank') report.blankLines++;
      else if (event.type === 'comment') report.commentLines++;
      else if (event.type === 'too-long')
        records.push({ line: event.line, fields: [], problem: message('ingest.reject.recordTooLong', { chars: event.chars }) });
      else records.push({ ...event.record, problem: event.problem });
    },
    {
      ...(request.chunkSize ? { chunkSize: request.chunkSize } : {}),
      ...(request.previewRecords ? { limit: request.previewRecords + settings.skipRecords + 1 } : {}),
      onProgress: (chars, records) => request.onProgress?.({ chars, totalChars: text.length, records }),
    },
  );
  report.lines = summary.lines;
  if (summary.fatal)
    return refuse(report, message('ingest.refuse.unclosedQuote', { file: request.fileName, line: summary.fatal.line, problem: summary.fatal.problem }));

  const preamble = records.splice(0, Math.min(settings.skipRecords, records.length));
  report.preambleLines = preamble.length;
  // A lone record can't be both header and data. For a plain table, where no column names are
  // needed, it is data (the analyst can still tick "header"); canonical kinds need names.
  if (
    records.length === 1 &&
    settings.header &&
    request.settings?.header === undefined &&
    (request.kind ?? guessKind(columnNames(records[0]!, records[0]!.fields.length))) === 'table'
  ) {
    settings.header = false;
    report.settings = settings;
    report.warnings.push(message('ingest.warn.singleRecord'));
  }
  const header = settings.header ? (records.shift() ?? null) : null;
  report.headerLines = header ? 1 : 0;
  if (records.length === 0) {
    const file = request.fileName;
    const blank = report.blankLines;
    if (header) return refuse(report, blank ? message('ingest.refuse.headerOnlyBlank', { file, blank }) : message('ingest.refuse.headerOnly', { file }));
    return refuse(report, blank ? message('ingest.refuse.noRowsBlank', { file, blank }) : message('ingest.refuse.noRows', { file }));
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
  const kind = kindOf(request, header ? headers : null);
  report.kind = kind;
  const preferDecimal = settings.delimiter === ';' ? ',' : '.';

  const lines: string[] = [];
  if (kind === 'table') {
    const columns: { name: string; type: TableColumnType }[] = [];
    const typings = headers.map((name, i) => {
      const typing = inferColumnType(
        good.map((r) => r.fields[i] ?? ''),
        preferDecimal,
      );
      columns.push({ name, type: typing.type });
      if (typing.ambiguousDates) report.warnings.push(message('ingest.warn.ambiguousDates', { column: name, formats: orList(typing.ambiguousDates) }));
      return typing;
    });
    report.table = { name: request.tableName ? plainTableName(request.tableName) : tableNameFor(request.fileName), columns };
    lines.push(csvLine(headers.map((h) => ({ text: h }))));
    for (const record of good) {
      lines.push(
        csvLine(
          typings.map((typing, i): CsvValue => {
            const raw = record.fields[i] ?? '';
            if (typing.type === 'VARCHAR') return { text: unneutralise(raw) };
            const cell = convertCell(
              {
                column: { name: headers[i]!, type: typing.date ? 'date' : 'number', required: false, aliases: [] },
                index: i,
                sourceName: headers[i]!,
                constant: null,
              },
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
    const mapped = mapColumns(kind, headers, request.fileName, request.profile, report.warnings);
    report.mapping = mapped.mapping;
    if (!mapped.ok) return refuse({ ...report, rowsRejected: rejected, rejects }, mapped.reason);
    const { plans } = mapped;
    const formats = decideFormats(plans, good, preferDecimal, request, report.questions);
    report.formats = formats;
    lines.push(csvLine(plans.map((p) => ({ text: p.column.name }))));
    const channels = request.profile?.channelValues ?? {};
    for (const record of good) {
      const row = convertRow(plans, record.fields, formats, channels, record.line);
      if (row.ok) lines.push(csvLine(row.values));
      else reject(row.reject);
    }
    report.rowsLoaded = lines.length - 1;
  }
  report = { ...report, rowsRejected: rejected, rejects };
  if (report.rowsLoaded === 0 && !request.previewRecords) {
    return refuse(report, noneLoadedReason(request.fileName, report.rowsRead, rejects[0]));
  }
  return { report, csv: `${lines.join('\n')}\n`, preview };
}

/** Number and date formats, decided from every cell of the mapped columns (never row by row). */
function decideFormats(plans: ColumnPlan[], records: CsvRecord[], preferDecimal: '.' | ',', request: IngestRequest, questions: OpenQuestion[]): ValueFormats {
  const cellsOf = (types: string[]) =>
    plans.filter((p) => p.index !== null && types.includes(p.column.type)).flatMap((p) => records.map((r) => r.fields[p.index!] ?? ''));
  const number = request.formats?.number ?? detectNumberFormat(cellsOf(['number', 'integer']), preferDecimal).format;
  const date = decideDateFormat(plans, () => detectDateFormat(cellsOf(['date'])), request.formats?.date, questions);
  return { number, date };
}
