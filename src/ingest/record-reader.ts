import Papa from 'papaparse';
import type { CsvRecord, CsvSettings } from './csv-settings';

/** A record so long it is almost certainly a broken quote or a binary file, not data. */
export const MAX_RECORD_CHARS = 1_000_000;

export type RecordEvent =
  | { type: 'record'; record: CsvRecord }
  | { type: 'blank'; line: number }
  | { type: 'comment'; line: number }
  | { type: 'too-long'; line: number; chars: number }
  | { type: 'malformed-quotes'; record: CsvRecord; message: string };

export interface ReadSummary {
  /** Set when the file cannot be read past some point (a quote that never closes). */
  fatal: { line: number; message: string } | null;
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

/** Papa's newline guess looks at the first chunk only; mixed files are read by their first kind. */
function guessNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr === -1) return '\n';
  if (lf === -1) return '\r';
  return cr < lf && lf === cr + 1 ? '\r\n' : lf < cr ? '\n' : '\r';
}

function normaliseMixedNewlines(text: string, newline: string): string {
  // A file mixing `\r\n`, `\n` and lone `\r` (hand-edited on two systems) would otherwise glue
  // records together. Only unquoted files are rewritten: inside quotes a `\r` is data to keep.
  if (text.includes('"')) return text;
  if (newline === '\n' && text.includes('\r')) return text.replace(/\r\n?/g, '\n');
  if (newline === '\r\n' && /\r(?!\n)|(?<!\r)\n/.test(text)) return text.replace(/\r\n?/g, '\n');
  return text;
}

/**
 * Streams the records of a decoded CSV text through PapaParse, numbering them by the line they
 * start on, and separating blank lines, comment lines and records the parser had to guess at.
 * Every physical line ends up in exactly one event (or in the fatal error), so counts reconcile.
 */
export function readRecords(text: string, settings: CsvSettings, onEvent: (event: RecordEvent) => void, options: ReadOptions = {}): ReadSummary {
  let newline = guessNewline(text);
  const input = normaliseMixedNewlines(text, newline);
  if (input !== text) newline = '\n';
  let fatal: ReadSummary['fatal'] = null;
  let cursor = 0;
  let line = 1;
  let seen = 0;
  let lastProgress = 0;
  const chunkSize = options.chunkSize;
  Papa.parse<string[]>(input, {
    delimiter: settings.delimiter,
    newline,
    quoteChar: settings.quote === 'none' ? '\u0000' : settings.quote,
    escapeChar: settings.quote === 'none' ? '\u0000' : settings.quote,
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
          message: `a quoted field that starts on line ${startLine} is never closed, so the rest of the file would be read as one value`,
        };
        parser.abort();
        return;
      }
      const record = { line: startLine, fields };
      if (end - start > MAX_RECORD_CHARS) onEvent({ type: 'too-long', line: startLine, chars: end - start });
      else if (fields.length === 1 && fields[0]!.trim() === '') onEvent({ type: 'blank', line: startLine });
      else if (settings.comment && fields[0]!.startsWith(settings.comment)) onEvent({ type: 'comment', line: startLine });
      else if (quoteError) onEvent({ type: 'malformed-quotes', record, message: quoteError.message });
      else onEvent({ type: 'record', record });
      seen++;
      if (options.limit !== undefined && seen >= options.limit) parser.abort();
    },
  });
  options.onProgress?.(input.length, seen);
  const lines = input.length === 0 ? 0 : countBreaks(input, 0, input.length) + (/[\r\n]$/.test(input) ? 0 : 1);
  return { fatal, lines };
}
