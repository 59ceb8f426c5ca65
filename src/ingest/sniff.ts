import { DELIMITERS, type CsvRecord, type CsvSettings, type Delimiter } from './csv-settings';
import type { TextEncoding } from './decode';
import { readRecords } from './record-reader';

/** Records looked at to guess the dialect: enough for a stable guess, cheap on a 100 MB file. */
const SNIFF_RECORDS = 200;

function sampleRecords(text: string, settings: CsvSettings): CsvRecord[] {
  const records: CsvRecord[] = [];
  readRecords(
    text.slice(0, 256 * 1024),
    settings,
    (event) => {
      if (event.type === 'record' || event.type === 'malformed-quotes') records.push(event.record);
    },
    { limit: SNIFF_RECORDS },
  );
  return records;
}

function mode(values: number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) if (count > best.count || (count === best.count && value > best.value)) best = { value, count };
  return { value: best.value, share: values.length ? best.count / values.length : 0 };
}

/**
 * The delimiter that splits the sample into the most consistent number of fields (more than one);
 * a file with a single column falls back to ','.
 */
function detectDelimiter(text: string, base: CsvSettings): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const records = sampleRecords(text, { ...base, delimiter });
    const { value: fields, share } = mode(records.map((r) => r.fields.length));
    if (fields < 2) continue;
    // Consistency first; among equally consistent splits, the finer one.
    const score = share * 1000 + Math.min(fields, 999) / 1000;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function looksLikeValue(cell: string): boolean {
  const text = cell.trim();
  return /^[-+(]?[$€£]?\s?\d[\d\s.,]*[-)]?\s?[$€£%]?$/.test(text) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(text);
}

/**
 * A first record is a header when none of its cells looks like a number or a date while the
 * records below it have such values in those columns, or when its cells are distinct labels
 * above at least one row of data. Files whose first row is data get generated column names.
 */
function detectHeader(records: CsvRecord[]): boolean {
  const [first, ...rest] = records;
  if (!first) return false;
  const cells = first.fields.map((c) => c.trim());
  if (cells.some((c) => c !== '' && looksLikeValue(c))) return false;
  if (rest.length === 0) return cells.some((c) => c !== '');
  const valueColumns = cells.filter((_, i) => rest.some((r) => looksLikeValue(r.fields[i] ?? '')));
  if (valueColumns.length > 0) return true;
  const named = cells.filter((c) => c !== '');
  return named.length === cells.length && new Set(named).size === named.length;
}

/**
 * Leading records whose field count differs from the body's (a title line, "Export du 03/05")
 * are skipped as a preamble, and reported as such.
 */
function detectPreamble(records: CsvRecord[]): number {
  const { value: fields, share } = mode(records.map((r) => r.fields.length));
  if (fields < 2 || share < 0.5) return 0;
  const firstRegular = records.findIndex((r) => r.fields.length === fields);
  return Math.max(0, Math.min(firstRegular, 10));
}

/**
 * A '#' comment convention is assumed only when some '#' line does not have the shape of the
 * data rows: `#12,Paris,4` in a three-column file is data (an order number), not a comment.
 */
function detectComment(records: CsvRecord[]): '' | '#' {
  const isHash = (r: CsvRecord) => r.fields[0]?.startsWith('#') ?? false;
  const { value: fields } = mode(records.filter((r) => !isHash(r)).map((r) => r.fields.length));
  return records.some((r) => isHash(r) && r.fields.length !== fields) ? '#' : '';
}

export function sniffSettings(text: string, encoding: TextEncoding): CsvSettings {
  const base: CsvSettings = { encoding, delimiter: ',', quote: '"', header: true, skipRecords: 0, comment: '' };
  // '#' lines are set aside while the delimiter is chosen: comments rarely hold delimiters.
  const delimiter = detectDelimiter(text, { ...base, comment: '#' });
  const comment = detectComment(sampleRecords(text, { ...base, delimiter }));
  const records = sampleRecords(text, { ...base, delimiter, comment });
  const skipRecords = detectPreamble(records);
  const header = detectHeader(records.slice(skipRecords));
  return { ...base, delimiter, comment, skipRecords, header };
}
