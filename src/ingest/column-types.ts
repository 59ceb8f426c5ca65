import { detectDateFormat, type DateFormat } from './dates';
import type { TableColumnType } from './ingest-report';
import { detectNumberFormat, normalizeNumber, type NumberFormat } from './numbers';

export interface ColumnTyping {
  type: TableColumnType;
  number?: NumberFormat;
  date?: DateFormat;
  /** Set when the dates read two ways (03/04 vs 04/03) and nothing in the column decides. */
  ambiguousDates?: DateFormat[];
}

/** Codes that look numeric but are identifiers (`09001`, `+33612…`): converting them loses data. */
const IDENTIFIER = /^(0\d|\+)/;

/**
 * The type a plain-table column is loaded as, from the evidence of every cell: a number or date
 * type only when every non-empty cell reads as one; otherwise text, so nothing is lost.
 */
export function inferColumnType(cells: readonly string[], preferDecimal: '.' | ','): ColumnTyping {
  const values = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (values.length === 0 || values.some((v) => IDENTIFIER.test(v) && v.length > 1 && !/^0[.,]/.test(v))) return { type: 'VARCHAR' };
  const dates = detectDateFormat(values);
  if (dates.format && dates.failures === 0) {
    return dates.alternatives.length ? { type: 'VARCHAR', ambiguousDates: dates.alternatives } : { type: 'DATE', date: dates.format };
  }
  // Only plain numbers here: a table column keeps `$1,200` as text unless every cell agrees.
  if (!values.every((v) => /^[-+(]?\s?\d[\d\s.,']*\)?$/.test(v))) return { type: 'VARCHAR' };
  const guess = detectNumberFormat(values, preferDecimal);
  if (guess.failures > 0 || guess.ambiguous) return { type: 'VARCHAR' };
  const normalised = values.map((v) => normalizeNumber(v, guess.format)).map((r) => (r.ok ? r.value : ''));
  if (normalised.every((v) => /^-?\d+$/.test(v) && Math.abs(Number(v)) <= Number.MAX_SAFE_INTEGER)) return { type: 'BIGINT', number: guess.format };
  // DECIMAL keeps every digit of amounts like 1234567890123.456 that a double would round.
  const fits = normalised.every((v) => {
    const [int = '', frac = ''] = v.replace('-', '').split('.');
    return int.length <= 28 && frac.length <= 10;
  });
  return { type: fits ? 'DECIMAL(38,10)' : 'DOUBLE', number: guess.format };
}
