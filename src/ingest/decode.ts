/**
 * Turns uploaded bytes into text before any parser or DuckDB sees them, so `€ ’ œ é` survive:
 * a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8 if every byte sequence is valid,
 * else Windows-1252 (a superset of Latin-1 for printable text, and what French Excel writes).
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Windows-1252 characters for bytes 0x80–0x9F (where Latin-1 has invisible control codes). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 by hand: Node's TextDecoder treats the label as plain Latin-1 (turning € into
 * U+0080) while browsers follow the WHATWG table; the CLI and the browser must agree.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/** Decodes with the given (or detected) encoding; the BOM never becomes part of the first header. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = detectEncoding(bytes)): DecodedText {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops a leading BOM of its own encoding by default (ignoreBOM: false).
  return { text: new TextDecoder(label).decode(bytes), encoding };
}

/**
 * Length of a byte-order mark that does not match the bytes after it (a UTF-16 or UTF-32 BOM in
 * front of 8-bit text, written by some exporters): 0 when there is none. Such a BOM is dropped.
 */
export function strayBomLength(bytes: Uint8Array): number {
  const length =
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
      ? 4
      : (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
        ? 2
        : 0;
  if (length === 0) return 0;
  // Real UTF-16/32 text has a zero byte in almost every ASCII character.
  const sample = bytes.subarray(length, length + 64);
  return sample.length > 0 && !sample.includes(0) ? length : 0;
}
