import type { RejectedRow } from './ingest-report';

/** Spreadsheet apps run cells starting with these as formulas: prefix them so they stay text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rejected rows of one file as a CSV the analyst can open, fix and upload again. */
export function rejectsCsv(file: string, rejects: readonly RejectedRow[]): string {
  const lines = [['file', 'line', 'column', 'value', 'reason'].join(',')];
  for (const r of rejects) lines.push([cell(file), cell(r.line), cell(r.column), cell(r.value), cell(r.reason)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
