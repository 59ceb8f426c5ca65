import { MAX_RECORD_CHARS } from './record-reader';

/**
 * A count of a CSV's records made straight from its bytes, independently of any parser, and a
 * check that the file is *regular*: every physical line is exactly one record with the same
 * number of fields, quotes only ever wrap a whole value (`"a ""b"" c"`), no value spans lines,
 * one kind of line break throughout, no NUL byte, no line near the record-length limit.
 *
 * The fast ingest path trusts DuckDB's reader only on such files, and only when DuckDB's row count
 * equals this one: "the query succeeded" is not proof that every record arrived. Anything else
 * goes through the exact path, which reads odd files record by record.
 *
 * Works on UTF-8 and Windows-1252 bytes alike: delimiters, quotes and line breaks are ASCII bytes,
 * which never occur inside a UTF-8 multi-byte sequence.
 */
export interface RecordScan {
  /** Why the file is not regular (the exact path must read it), or null. */
  irregular: string | null;
  /** Physical lines, counted as the record reader counts them (a last line without a break included). */
  lines: number;
  /** Fields on every line. */
  fields: number;
  /** The line break used throughout. */
  newline: '\n' | '\r\n';
  /** True when every byte sequence is well-formed UTF-8 (what a fatal TextDecoder accepts). */
  utf8: boolean;
}

const PLAIN = 0;
const QUOTE = 1;
const DELIMITER = 2;
const LF = 3;
const CR = 4;
const NUL = 5;
const HIGH = 6;

function byteClasses(delimiter: number, quote: number): Uint8Array {
  const classes = new Uint8Array(256);
  for (let b = 0x80; b < 256; b++) classes[b] = HIGH;
  classes[0] = NUL;
  classes[10] = LF;
  classes[13] = CR;
  classes[quote] = QUOTE;
  classes[delimiter] = DELIMITER;
  return classes;
}

/** Length of the well-formed UTF-8 sequence whose lead byte (≥ 0x80) is at `i`, or 0 (WHATWG rules). */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const continuation = (k: number) => ((bytes[k] ?? 0) & 0xc0) === 0x80;
  if (b < 0xc2) return 0;
  if (b <= 0xdf) return continuation(i + 1) ? 2 : 0;
  const second = bytes[i + 1] ?? 0;
  if (b <= 0xef) {
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return second >= low && second <= high && continuation(i + 2) ? 3 : 0;
  }
  if (b <= 0xf4) {
    const [low, high] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return second >= low && second <= high && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
  }
  return 0;
}

/**
 * Scans `bytes` (no byte-order mark) for a single-byte `delimiter` and `quote` character.
 * One pass, no allocation per record: about as fast as the bytes can be read.
 */
export function scanRecords(bytes: Uint8Array, delimiter: string, quote: string): RecordScan {
  const classes = byteClasses(delimiter.charCodeAt(0), quote.charCodeAt(0));
  const n = bytes.length;
  let lines = 0;
  let fields = 1;
  let expected = -1;
  let newline: '\n' | '\r\n' | null = null;
  let utf8 = true;
  let lineStart = 0;
  let irregular: string | null = null;
  // One table look-up per plain byte, no call: state is checked only where quotes, delimiters,
  // line breaks and multi-byte characters occur (a quote must open a value, a closing quote end it).
  scan: for (let i = 0; i <= n; i++) {
    const c = i === n ? (lineStart < n ? LF : PLAIN) : classes[bytes[i]!]!;
    if (c === PLAIN) continue;
    if (c === DELIMITER) {
      fields++;
    } else if (c === HIGH) {
      // `é` and most accents are two bytes: checked inline; longer sequences by the function.
      const lead = bytes[i]!;
      if (lead >= 0xc2 && lead <= 0xdf && ((bytes[i + 1] ?? 0) & 0xc0) === 0x80) i++;
      else {
        const length = utf8SequenceLength(bytes, i);
        if (length === 0) utf8 = false;
        else i += length - 1;
      }
    } else if (c === QUOTE) {
      if (i !== lineStart && classes[bytes[i - 1]!] !== DELIMITER) {
        irregular = `line ${lines + 1}: a quote inside an unquoted value`;
        break;
      }
      // A quoted value: runs to the next lone quote; a doubled quote is a quote character.
      for (i++; ; i++) {
        if (i >= n) {
          irregular = `line ${lines + 1}: a quoted value is never closed`;
          break scan;
        }
        const q = classes[bytes[i]!]!;
        if (q === QUOTE) {
          if (bytes[i + 1] !== bytes[i]) break;
          i++;
        } else if (q === LF || q === CR) {
          irregular = `line ${lines + 1}: a quoted value spans lines`;
          break scan;
        } else if (q === NUL) {
          irregular = `line ${lines + 1}: a NUL byte`;
          break scan;
        } else if (q === HIGH) {
          const length = utf8SequenceLength(bytes, i);
          if (length === 0) utf8 = false;
          else i += length - 1;
        }
      }
      const next = i + 1 < n ? classes[bytes[i + 1]!]! : LF;
      if (next !== DELIMITER && next !== LF && next !== CR) {
        irregular = `line ${lines + 1}: text after a closing quote`;
        break;
      }
    } else if (c === LF || c === CR) {
      // The end of a line (or of the file, after a last line without a break).
      const crlf = c === CR;
      if (crlf && bytes[i + 1] !== 10) {
        irregular = `line ${lines + 1} ends with a lone carriage return`;
        break;
      }
      if (i < n) {
        const kind = crlf ? '\r\n' : '\n';
        if (newline === null) newline = kind;
        else if (newline !== kind) {
          irregular = `line ${lines + 1}: mixed line breaks`;
          break;
        }
      }
      if (i - lineStart >= MAX_RECORD_CHARS) {
        irregular = `line ${lines + 1} is longer than the record limit`;
        break;
      }
      if (expected < 0) expected = fields;
      else if (fields !== expected) {
        irregular = `line ${lines + 1} has ${fields} fields where the first has ${expected}`;
        break;
      }
      lines++;
      fields = 1;
      if (crlf) i++;
      lineStart = i + 1;
    } else {
      irregular = `line ${lines + 1}: a NUL byte`;
      break;
    }
  }
  return { irregular, lines, fields: expected < 0 ? fields : expected, newline: newline ?? '\n', utf8 };
}
