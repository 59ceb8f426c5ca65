import { TABLE_NAMES } from '../model/schema';
import type { CanonicalFiles } from './load-canonical';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Canonical CSV texts of one table joined into one: the first header, then every part's rows
 * (all parts share the header; each text ends with a line break, as csvLine output does).
 */
export function joinCanonicalCsv(texts: readonly string[]): string {
  const [first = '', ...rest] = texts;
  const head = first === '' || first.endsWith('\n') ? first : `${first}\n`;
  return head + rest.map((csv) => csv.slice(csv.indexOf('\n') + 1)).join('');
}

/** Rows of `extra` appended after the rows of `base`, table by table. */
export function appendCanonical(base: CanonicalFiles, extra: CanonicalFiles): CanonicalFiles {
  const merged = {} as CanonicalFiles;
  for (const table of TABLE_NAMES) {
    const text = joinCanonicalCsv([decoder.decode(base[table].bytes), decoder.decode(extra[table].bytes)]);
    merged[table] = { name: base[table].name, bytes: encoder.encode(text) };
  }
  return merged;
}
