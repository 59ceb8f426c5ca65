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

/**
 * The same join on UTF-8 bytes or text: a single part of bytes is used as it is (a 100 MB
 * upload is neither copied nor turned into a string), anything else is joined once.
 */
export function joinCanonicalBytes(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const bytes = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
  if (bytes.length === 1) return bytes[0]!;
  // Every part after the first loses its header line; the first keeps it and ends with \n.
  const pieces = bytes.map((part, i) => (i === 0 ? part : part.subarray(part.indexOf(0x0a) + 1)));
  const first = pieces[0];
  if (first && first.length > 0 && first[first.length - 1] !== 0x0a) pieces[0] = Uint8Array.of(...first, 0x0a);
  const joined = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.length;
  }
  return joined;
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
