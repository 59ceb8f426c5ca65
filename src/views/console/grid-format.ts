import type { ResultColumn } from '../../hooks/use-sql-console';
import { INTL_LOCALE, type Locale } from '../../i18n/locale';

/** How the grid shows a column: numbers right-aligned in the page's locale, the rest as text. */
export type CellKind = 'number' | 'boolean' | 'text';

export function cellKind(column: ResultColumn): CellKind {
  if (column instanceof Float64Array) return 'number';
  return column.some((v) => typeof v === 'boolean') ? 'boolean' : 'text';
}

const INTEGER_TYPES = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT)|HUGEINT)$/;
/** A year is written 2022, never 2,022 or 2 022. */
const YEAR_NAME = /(^|_)(year|yr|annee|année|an|y)($|_)/i;

/**
 * A formatter for one numeric column: a DECIMAL keeps its scale (money shows its cents), an
 * integer has no decimals, a DOUBLE shows up to six.
 */
export function numberFormatter(name: string, type: string, locale: Locale): (value: number) => string {
  const decimal = /^DECIMAL\(\d+,(\d+)\)$/.exec(type);
  const integer = INTEGER_TYPES.test(type);
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: decimal ? Number(decimal[1]) : 0,
    maximumFractionDigits: decimal ? Number(decimal[1]) : integer ? 0 : 6,
    useGrouping: !(integer && YEAR_NAME.test(name)),
  });
  return (value) => format.format(value);
}

/** The text of one cell; null for SQL NULL (the grid shows it distinctly). */
export function cellText(column: ResultColumn, row: number, formatNumber: (value: number) => string): string | null {
  const value = column[row];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : formatNumber(value);
  return typeof value === 'boolean' ? String(value) : value;
}

/** A column's width in pixels, from its header and its first rows' text (capped both ways). */
export function columnWidth(name: string, type: string, texts: readonly (string | null)[]): number {
  let longest = Math.max(name.length + 2, type.length);
  for (const text of texts) if (text && text.length > longest) longest = text.length;
  return Math.round(Math.min(420, Math.max(72, longest * 7.6 + 24)));
}

export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { numeric: true });

/**
 * The row order for sorting by one column, as an index array: the columns themselves never move
 * (no row objects). NULLs go last both ways, as in DuckDB's default `NULLS LAST`.
 */
export function sortOrder(column: ResultColumn, rows: number, direction: SortDirection): Uint32Array {
  const order = Uint32Array.from({ length: rows }, (_, i) => i);
  const sign = direction === 'asc' ? 1 : -1;
  if (column instanceof Float64Array) {
    order.sort((a, b) => {
      const x = column[a]!;
      const y = column[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : 1) : -1;
      return (x - y) * sign || a - b;
    });
    return order;
  }
  const values = column as readonly (string | boolean | null)[];
  order.sort((a, b) => {
    const x = values[a];
    const y = values[b];
    if (x === null || x === undefined || y === null || y === undefined) return x == null ? (y == null ? a - b : 1) : -1;
    return collator.compare(String(x), String(y)) * sign || a - b;
  });
  return order;
}
