import { message } from '../i18n/message';
import { fail, ok, type ParseResult } from './parse-result';

export const DATE_FORMATS = ['yyyy-mm-dd', 'dd/mm/yyyy', 'mm/dd/yyyy', 'dd-mm-yyyy', 'dd.mm.yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const PATTERNS: Record<DateFormat, { re: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }> = {
  'yyyy-mm-dd': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ['y', 'm', 'd'] },
  'dd/mm/yyyy': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  'mm/dd/yyyy': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
  'dd-mm-yyyy': { re: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: ['d', 'm', 'y'] },
  'dd.mm.yyyy': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
};

// Arithmetic, not Date objects: this runs on every date cell of a file, millions of times.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses one cell into an ISO date with a known format; impossible dates (30 Feb) are refused. */
export function parseDate(raw: string, format: DateFormat): ParseResult<string> {
  const text = raw.trim().replace(/[T ]00:00(:00)?(\.0+)?Z?$/, '');
  const match = PATTERNS[format].re.exec(text);
  if (!match) return fail(message('ingest.reject.notDate', { format }));
  const parts = { y: 0, m: 0, d: 0 };
  PATTERNS[format].order.forEach((key, i) => {
    parts[key] = Number(match[i + 1]);
  });
  if (parts.m < 1 || parts.m > 12 || parts.d < 1 || parts.d > daysInMonth(parts.y, parts.m) || parts.y < 1)
    return fail(message('ingest.reject.noSuchDay', { text }));
  return ok(`${String(parts.y).padStart(4, '0')}-${String(parts.m).padStart(2, '0')}-${String(parts.d).padStart(2, '0')}`);
}

export interface DateFormatGuess {
  /** null when no format reads any cell. */
  format: DateFormat | null;
  failures: number;
  /** Formats that read the column equally well with different dates: the analyst must choose. */
  alternatives: DateFormat[];
}

/**
 * Decides a column's date format from the evidence of the whole column, never row by row:
 * `03/04/2022` alone could be 3 April or 4 March, but one `25/04/2022` anywhere settles it.
 */
export function detectDateFormat(cells: readonly string[]): DateFormatGuess {
  // Distinct values carry the same evidence as the whole column, at a fraction of the cost.
  const values = [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))];
  const scored = DATE_FORMATS.map((format) => {
    const parsed = values.map((v) => parseDate(v, format));
    return { format, parsed, failures: parsed.filter((p) => !p.ok).length };
  });
  const best = Math.min(...scored.map((s) => s.failures));
  if (values.length === 0 || best === values.length) return { format: null, failures: values.length, alternatives: [] };
  const winners = scored.filter((s) => s.failures === best);
  const first = winners[0]!;
  const differs = (other: (typeof scored)[number]) =>
    other.parsed.some((p, i) => {
      const q = first.parsed[i]!;
      return p.ok && q.ok && p.value !== q.value;
    });
  const alternatives = winners
    .slice(1)
    .filter(differs)
    .map((w) => w.format);
  return { format: first.format, failures: best, alternatives: alternatives.length ? [first.format, ...alternatives] : [] };
}
