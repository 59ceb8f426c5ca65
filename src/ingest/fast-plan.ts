import type { ChannelValueMap } from './column-mapping';
import type { CsvRecord, CsvSettings } from './csv-settings';
import type { DateFormat } from './dates';
import { decodeText, type TextEncoding } from './decode';
import { looksBinary, plainCsvBytes } from './file-bytes';
import type { CanonicalKind } from './ingest-kinds';
import type { IngestReport } from './ingest-report';
import type { NumberFormat } from './numbers';
import type { IngestRequest, PreparedIngest } from './prepare-ingest';
import { decideEncoding, emptyReport, kindOf, mapColumns, refusedReport } from './prepare-steps';
import { readRecords } from './record-reader';
import { scanRecords, type RecordScan } from './record-scan';
import type { ColumnPlan } from './row-converter';
import { sniffSettings } from './sniff';
import { columnNames } from './table-shape';

/**
 * The first half of the fast ingest path, in plain JS (the parsing worker runs it in the
 * browser): everything the exact path decides before it reads the body — encoding, dialect,
 * header, kind, mapping — decided by the same code on the same text, plus an independent count
 * of the records. What is left (reading, converting and checking every value) runs in DuckDB
 * (fast-ingest.ts). Files this path does not take are read by the exact path, which is always
 * right: small files, previews, plain tables, odd files (see record-scan.ts), other dialects.
 */

/** Below this the exact path is fast enough, and its every detail is the reference. */
export const FAST_PATH_MIN_BYTES = 5 * 1024 * 1024;

/** Header plus the preview's 50 records: read by PapaParse from the start of the text. */
const PREVIEW_ROWS = 50;
/** Bytes decoded for the sniffer: it reads the first 256 Ki characters, at most 3 bytes each. */
const PREFIX_BYTES = 3 * 256 * 1024 + 4;

export interface FastPlan {
  /** Everything known before the body is read: settings, headers, kind, mapping, warnings, lines. */
  report: IngestReport;
  preview: string[][];
  kind: CanonicalKind;
  plans: ColumnPlan[];
  /** Fields on every line (the header's). */
  width: number;
  newline: '\n' | '\r\n';
  /** Formats the analyst chose; the others are decided from every value, in SQL. */
  formats: { number?: NumberFormat; date?: DateFormat };
  channels: ChannelValueMap;
  preferDecimal: '.' | ',';
}

export type FastPlanResult =
  /** `bytes`: the file as UTF-8 without a byte-order mark, ready for DuckDB's reader. */
  | { path: 'fast'; plan: FastPlan; bytes: Uint8Array }
  /** Refused before the body mattered, exactly as the exact path would refuse it. */
  | { path: 'refused'; prepared: PreparedIngest }
  | { path: 'exact'; why: string };

const exact = (why: string): FastPlanResult => ({ path: 'exact', why });

/** The encoding a byte-order mark announces, as detectEncoding() reads it. */
function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

interface Readable {
  encoding: TextEncoding;
  /** UTF-8, no byte-order mark. */
  utf8: Uint8Array;
  /** The start of the decoded text (all of it when the file is short). */
  text: string;
  /** Whether `text` is the whole text. */
  whole: boolean;
}

/** Decodes the whole file and writes it again as UTF-8 (8-bit and UTF-16 files: DuckDB reads UTF-8). */
function transcoded(bytes: Uint8Array, encoding: TextEncoding): Readable {
  const { text } = decodeText(bytes, encoding);
  return { encoding, utf8: new TextEncoder().encode(text), text, whole: true };
}

/** UTF-8 bytes as they are; only their start is decoded, for the sniffer and the preview. */
function asUtf8(bytes: Uint8Array, encoding: TextEncoding): Readable | null {
  // TextDecoder drops a leading UTF-8 byte-order mark whatever the label; so does this.
  const utf8 = bomEncoding(bytes) === 'utf-8-bom' ? bytes.subarray(3) : bytes;
  const whole = utf8.length <= PREFIX_BYTES;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(utf8.subarray(0, PREFIX_BYTES), { stream: !whole });
    return { encoding, utf8, text, whole };
  } catch {
    return null;
  }
}

function settingsFor(readable: Readable, request: IngestRequest): CsvSettings {
  return { ...sniffSettings(readable.text, readable.encoding), ...request.settings, encoding: readable.encoding };
}

function dialectProblem(settings: CsvSettings): string | null {
  if (settings.quote !== '"') return `quoting ${settings.quote}`;
  if (!settings.header) return 'no header';
  if (settings.skipRecords > 0) return 'a preamble';
  if (settings.comment) return 'comment lines';
  return null;
}

/** Decides whether (and how) the fast path reads `request`'s file. */
export async function planFastIngest(request: IngestRequest, minBytes = FAST_PATH_MIN_BYTES): Promise<FastPlanResult> {
  if (request.previewRecords) return exact('a preview');
  const plain = await plainCsvBytes(request.bytes, request.fileName);
  if (!plain.ok) return exact('refused before reading');
  const bytes = plain.value;
  if (bytes.length < minBytes) return exact('a small file');
  const chosen = request.settings?.encoding;
  const announced = chosen ?? bomEncoding(bytes) ?? 'utf-8';
  let readable = announced === 'utf-8' || announced === 'utf-8-bom' ? asUtf8(bytes, announced) : transcoded(bytes, announced);
  let settings = readable ? settingsFor(readable, request) : null;
  let scan: RecordScan | null = null;
  if (readable && settings) {
    if (dialectProblem(settings)) return exact(dialectProblem(settings)!);
    scan = scanRecords(readable.utf8, settings.delimiter, settings.quote);
    if (scan.irregular) return exact(scan.irregular);
  }
  if (!readable || !settings || !scan || !scan.utf8) {
    // Not UTF-8 after all: decided exactly as the exact path decides it, on every byte.
    if (chosen === 'utf-8' || chosen === 'utf-8-bom' || announced === 'utf-8-bom') return exact('bytes that are not UTF-8');
    const decided = decideEncoding(bytes, request.fileName, chosen);
    if (!decided.ok || decided.brokenLines.size > 0 || decided.encoding !== 'windows-1252') return exact('bytes that are not UTF-8');
    readable = transcoded(bytes, decided.encoding);
    settings = settingsFor(readable, request);
    if (dialectProblem(settings)) return exact(dialectProblem(settings)!);
    scan = scanRecords(readable.utf8, settings.delimiter, settings.quote);
    if (scan.irregular) return exact(scan.irregular);
  }
  if (looksBinary(readable.text)) return exact('a binary file');
  return planFromHeader(request, readable, settings, scan);
}

function planFromHeader(request: IngestRequest, readable: Readable, settings: CsvSettings, scan: RecordScan): FastPlanResult {
  const records: CsvRecord[] = [];
  let odd = false;
  readRecords(
    readable.text,
    settings,
    (event) => {
      if (event.type === 'record') records.push(event.record);
      else odd = true;
    },
    { limit: PREVIEW_ROWS + 1 },
  );
  const needed = Math.min(PREVIEW_ROWS + 1, scan.lines);
  // The decoded start must hold every record the preview shows, each whole.
  if (odd || records.length < needed || (!readable.whole && (readable.text.match(/\n/g)?.length ?? 0) <= needed)) return exact('an unusual start');
  const header = records[0]!;
  const width = scan.fields;
  if (width < 2 || header.fields.length !== width || header.fields[width - 1]!.trim() === '') return exact('a header of fewer than two named columns');
  const rowsRead = scan.lines - 1;
  if (rowsRead < 1) return exact('no data rows');
  const headers = columnNames(header, width);
  const kind = kindOf(request, headers);
  if (kind === 'table') return exact('a plain table');
  const report: IngestReport = { ...emptyReport(request, settings), kind, headers, lines: scan.lines, headerLines: 1, rowsRead };
  const mapped = mapColumns(kind, headers, request.fileName, request.profile, report.warnings);
  report.mapping = mapped.mapping;
  if (!mapped.ok) return { path: 'refused', prepared: { report: refusedReport(report, mapped.reason), csv: '', preview: [] } };
  return {
    path: 'fast',
    plan: {
      report,
      preview: records.slice(1, PREVIEW_ROWS + 1).map((r) => r.fields.slice(0, width)),
      kind,
      plans: mapped.plans,
      width,
      newline: scan.newline,
      formats: { ...request.formats },
      channels: request.profile?.channelValues ?? {},
      preferDecimal: settings.delimiter === ';' ? ',' : '.',
    },
    bytes: readable.utf8,
  };
}
