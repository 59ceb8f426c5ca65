import { TABLE_NAMES } from '../model/schema';
import type { CanonicalFiles } from './load-canonical';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Rows of `extra` appended after the rows of `base`, table by table (headers are identical). */
export function appendCanonical(base: CanonicalFiles, extra: CanonicalFiles): CanonicalFiles {
  const merged = {} as CanonicalFiles;
  for (const table of TABLE_NAMES) {
    const head = decoder.decode(base[table].bytes);
    const tail = decoder.decode(extra[table].bytes);
    const body = tail.slice(tail.indexOf('\n') + 1);
    merged[table] = { name: base[table].name, bytes: encoder.encode(`${head.endsWith('\n') || head === '' ? head : `${head}\n`}${body}`) };
  }
  return merged;
}

