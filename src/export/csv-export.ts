/**
 * CSV for the analyst's spreadsheet, safe to open: a text cell starting with `= + - @`, a tab or
 * a carriage return is what Excel and LibreOffice run as a formula (CSV injection), so it gets a
 * leading apostrophe — also when the dangerous start follows a line break inside the cell.
 * Numbers stay numbers (a negative amount is not a formula), so the file re-uploads into Cible
 * with the same totals; Cible's ingest drops the apostrophe it added (see unneutralise()).
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_BREAK = /([\r\n])([=+\-@\t])/g;

export function neutralise(text: string): string {
  const guarded = text.replace(FORMULA_AFTER_BREAK, "$1'$2");
  return FORMULA_START.test(guarded) ? `'${guarded}` : guarded;
}

/** The inverse of {@link neutralise} for cells Cible wrote itself. */
export function unneutralise(text: string): string {
  return text.replace(/(^|[\r\n])'([=+\-@\t\r])/g, '$1$2');
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralise(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The UTF-8 byte-order mark that makes Excel read `€` and accents right. */
export const CSV_BOM = '\ufeff';

/** One CSV record, without its line break: each cell neutralised, then quoted if it needs it. */
export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(cell).join(',');
}

/** RFC 4180 CSV (`,`, CRLF, `"` quoting) with a UTF-8 BOM so Excel reads `€` and accents right. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [csvRow(columns), ...rows.map(csvRow)];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
