import { message, type Message } from '../i18n/message';
import Papa from 'papaparse';
import type { CsvRecord, CsvSettings } from './csv-settings';

/** A record so long it is almost certainly a broken quote or a binary file, not data. */
export const MAX_RECORD_CHARS = 1_000_000;

export type RecordEvent =
  | { type: 'record'; record: CsvRecord }
  | { type: 'blank'; line: number }
  | { type: 'comment'; line: number }
  | { type: 'too-long'; line: number; chars: number }
  | { type: 'malformed-quotes'; record: CsvRecord; problem: Message };

export interface ReadSummary {
  /** Set when the file cannot be read past some point (a quote that never closes). */
  fatal: { line: number; problem: Message } | null;
  /** Physical lines in the text, counting the last one even without a final line break. */
  lines: number;
}

export interface ReadOptions {
  /** Characters handed to the parser at a time; the records do not depend on it (tested). */
  chunkSize?: number;
  /** Called with the characters and records consumed so far, about once per chunk. */
  onProgress?: (chars: number, records: number) => void;
  /** Stop after this many records (for previews). */
  limit?: number;
}

/** The physical lines of a record's text, without its final line break. */
function physicalLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Counts line breaks (`\r\n`, `\n` or a lone `\r`) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}

/**
 * The line break used most between records in the first 64 KB: the first one seen can be a
 * `\r\n` inside a quoted header, and quoted values may hold many `\r` of their own. Quotes are
 * those of the file's dialect: with `'` quoting, a `"` is data and must not hide line breaks.
 */
function guessNewline(text: string, quote: string): '\r\n' | '\n' | '\r' {
  const sample = text.slice(0, 65536);
  const quoteCode = quote === 'none' ? -1 : quote.charCodeAt(0);
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === quoteCode) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (sample.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

function normaliseMixedNewlines(text: string, newline: string, quote: string): string {
  // A file mixing `\r\n`, `\n` and lone `\r` (hand-edited on two systems) would otherwise glue
  // records together. Only unquoted files are rewritten: inside quotes a `\r` is data to keep.
  if (quote !== 'none' && text.includes(quote)) return text;
  if (newline === '\n' && text.includes('\r')) return text.replace(/\r\n?/g, '\n');
  if (newline === '\r\n' && /\r(?!\n)|(?<!\r)\n/.test(text)) return text.replace(/\r\n?/g, '\n');
  return text;
}

/** PapaParse's two quote errors (its wording, kept in the English table), as message codes. */
const quoteProblem = (code: string): Message => message(code === 'MissingQuotes' ? 'ingest.reject.quoteUnterminated' : 'ingest.reject.malformedQuotes');

/**
 * Streams the records of a decoded CSV text through PapaParse, numbering them by the line they
 * start on, and separating blank lines, comment lines and records the parser had to guess at.
 * Every physical line ends up in exactly one event (or in the fatal error), so counts reconcile.
 */
export function readRecords(text: string, settings: CsvSettings, onEvent: (event: RecordEvent) => void, options: ReadOptions = {}): ReadSummary {
  let newline = guessNewline(text, settings.quote);
  const input = normaliseMixedNewlines(text, newline, settings.quote);
  if (input !== text) newline = '\n';
  let fatal: ReadSummary['fatal'] = null;
  let cursor = 0;
  let line = 1;
  let seen = 0;
  let lastProgress = 0;
  const chunkSize = options.chunkSize;
  const dialect = {
    delimiter: settings.delimiter,
    newline,
    quoteChar: settings.quote === 'none' ? '\u0000' : settings.quote,
    escapeChar: settings.quote === 'none' ? '\u0000' : settings.quote,
  };
  const classify = (record: CsvRecord, chars: number, quoteError?: { code: string }) => {
    const { fields } = record;
    if (chars > MAX_RECORD_CHARS) onEvent({ type: 'too-long', line: record.line, chars });
    else if (fields.length === 1 && fields[0]!.trim() === '') onEvent({ type: 'blank', line: record.line });
    else if (settings.comment && fields[0]!.startsWith(settings.comment)) onEvent({ type: 'comment', line: record.line });
    else if (quoteError) onEvent({ type: 'malformed-quotes', record, problem: quoteProblem(quoteError.code) });
    else onEvent({ type: 'record', record });
  };
  Papa.parse<string[]>(input, {
    ...dialect,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    ...(chunkSize ? { chunkSize } : {}),
    step(results, parser) {
      const end = results.meta.cursor;
      const start = cursor;
      const startLine = line;
      // The cursor stops after the record's own line break, if any.
      line += countBreaks(input, start, end);
      cursor = end;
      if (options.onProgress && end - lastProgress >= (chunkSize ?? 1 << 20)) {
        lastProgress = end;
        options.onProgress(end, seen);
      }
      const fields = results.data;
      // Papa reports the nothing after a final line break as one empty record: not a line.
      if (start === input.length) return;
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError?.code === 'MissingQuotes') {
        fatal = {
          line: startLine,
          problem: message('ingest.reject.unclosedQuote', { line: startLine }),
        };
        parser.abort();
        return;
      }
      const lines = quoteError ? physicalLines(input.slice(start, end)) : [];
      if (lines.length > 1) {
        // `"x"bla,4`: after text behind a closing quote Papa keeps reading into the next lines.
        // Like a strict parser, reject the line at fault and read the lines it swallowed anew.
        classify({ line: startLine, fields: lines[0]!.split(settings.delimiter) }, lines[0]!.length, quoteError);
        lines.slice(1).forEach((text, k) => {
          const again = Papa.parse<string[]>(text, { ...dialect, newline: '\n', header: false, skipEmptyLines: false });
          const error = again.errors.find((e) => e.type === 'Quotes');
          classify({ line: startLine + k + 1, fields: again.data[0] ?? [''] }, text.length, error);
        });
        seen += lines.length;
      } else {
        classify({ line: startLine, fields }, end - start, quoteError);
        seen++;
      }
      if (options.limit !== undefined && seen >= options.limit) parser.abort();
    },
  });
  options.onProgress?.(input.length, seen);
  const lines = input.length === 0 ? 0 : countBreaks(input, 0, input.length) + (/[\r\n]$/.test(input) ? 0 : 1);
  return { fatal, lines };
}
