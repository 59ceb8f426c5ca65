import { message } from '../i18n/message';
import { fail, ok, type ParseResult } from './parse-result';

/** How a column writes its numbers: `1 234,56` is {decimal: ',', thousands: ' '}. */
export interface NumberFormat {
  decimal: '.' | ',';
  thousands: ',' | '.' | ' ' | "'" | '';
}

// Currency signs and codes exports put around amounts; all stripped before parsing.
const CURRENCY = /€|\$|£|EUR|USD|GBP/gi;
// Regular, no-break and narrow no-break spaces (French exports use the last two as thousands).
const SPACES = /[\s\u00a0\u202f]/g;

const PLAIN = { '.': /^-?\d+(\.\d+)?$/, ',': /^-?\d+(,\d+)?$/ } as const;

const GROUPING = new Map<string, RegExp>();
/** `1,234,567` is well grouped, `12,34` is not; compiled once per separator. */
function groupingPattern(separator: string): RegExp {
  let pattern = GROUPING.get(separator);
  if (!pattern) {
    pattern = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`);
    GROUPING.set(separator, pattern);
  }
  return pattern;
}

/**
 * Parses one cell with a known format: currency signs and stray spaces are ignored; negatives
 * may be written `-440,20`, `133,55-` (trailing minus, common in accounting exports) or `(12.00)`.
 */
export function parseNumber(raw: string, format: NumberFormat): ParseResult<number> {
  const normalized = normalizeNumber(raw, format);
  if (!normalized.ok) return normalized;
  const value = Number(normalized.value);
  return Number.isFinite(value) ? ok(value) : fail(message('ingest.reject.notNumber'));
}

/**
 * The same reading as {@link parseNumber}, returned as plain decimal text (`-1234.56`) so that
 * DECIMAL columns get the exact digits of the file, never a binary float's approximation.
 */
export function normalizeNumber(raw: string, format: NumberFormat): ParseResult<string> {
  // Fast path for the common case (plain digits, an optional decimal part): most cells of a
  // large export, checked millions of times while a format is decided.
  if (PLAIN[format.decimal].test(raw))
    return ok(format.decimal === '.' ? raw.replace(/^(-?)0+(?=\d)/, '$1') : raw.replace(',', '.').replace(/^(-?)0+(?=\d)/, '$1'));
  let text = raw.replace(CURRENCY, '').trim();
  if (text === '') return fail(message('ingest.reject.emptyValue'));
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  } else if (text.startsWith('-') || text.startsWith('+')) {
    negative = text.startsWith('-') ? !negative : negative;
    text = text.slice(1).trim();
  }
  text = text.replace(SPACES, format.thousands === ' ' ? '' : ' ');
  if (format.thousands && format.thousands !== ' ') {
    const groups = text.split(format.decimal);
    if (groups.length > 2) return fail(message('ingest.reject.twoDecimalSeparators', { separator: format.decimal }));
    const integer = groups[0]!;
    if (integer.includes(format.thousands) && !groupingPattern(format.thousands).test(integer)) {
      return fail(message('ingest.reject.misplacedThousands', { separator: format.thousands }));
    }
    text = [integer.replaceAll(format.thousands, ''), ...groups.slice(1)].join(format.decimal);
  }
  if (format.decimal === ',') {
    if (text.includes('.')) return fail(message('ingest.reject.dotWhereComma'));
    text = text.replace(',', '.');
  } else if (text.includes(',')) {
    return fail(message('ingest.reject.commaWhereDot'));
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return fail(message('ingest.reject.notNumber'));
  if (text.startsWith('.')) text = `0${text}`;
  if (text.endsWith('.')) text = text.slice(0, -1);
  return ok(negative && /[1-9]/.test(text) ? `-${text}` : text);
}

/** Every number format a column is tried with, in order of preference when several read it. */
export const NUMBER_FORMATS: readonly NumberFormat[] = [
  { decimal: '.', thousands: '' },
  { decimal: ',', thousands: '' },
  { decimal: '.', thousands: ',' },
  { decimal: ',', thousands: ' ' },
  { decimal: ',', thousands: '.' },
  { decimal: '.', thousands: ' ' },
  { decimal: '.', thousands: "'" },
];

export interface NumberFormatGuess {
  format: NumberFormat;
  /** Distinct cell values the chosen format cannot read (their rows are rejected, never dropped). */
  failures: number;
  /** True when another format reads the column equally well but gives other values (e.g. `1,234`). */
  ambiguous: boolean;
}

/**
 * Decides a column's number format from the evidence of all its (non-empty) cells, not row by
 * row: the format that reads the most cells wins; a tie between formats that give different
 * values is flagged ambiguous so the analyst is asked.
 */
export function detectNumberFormat(cells: readonly string[], preferDecimal: '.' | ',' = '.'): NumberFormatGuess {
  // Distinct values carry the same evidence as the whole column, at a fraction of the cost.
  const values = [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))];
  const scored = NUMBER_FORMATS.map((format) => {
    const parsed = values.map((v) => parseNumber(v, format));
    return { format, failures: parsed.filter((p) => !p.ok).length, parsed };
  });
  const best = Math.min(...scored.map((s) => s.failures));
  const winners = scored.filter((s) => s.failures === best);
  const preferred = winners.find((w) => w.format.decimal === preferDecimal) ?? winners[0]!;
  const sameValues = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    a.parsed.every((p, i) => {
      const q = b.parsed[i]!;
      return p.ok === q.ok && (!p.ok || !q.ok || p.value === q.value);
    });
  const ambiguous = values.length > 0 && winners.some((w) => !sameValues(w, preferred));
  return { format: preferred.format, failures: best, ambiguous };
}
