/**
 * A byte-level look at text that is not clean UTF-8, to tell three cases apart:
 * - UTF-8 with a few broken bytes (a bad copy-paste): decode as UTF-8 and quarantine those lines;
 * - a legacy 8-bit encoding (Windows-1252 / Latin-1): decode it as such;
 * - something else (Shift-JIS, GB18030…): refuse, rather than load mojibake.
 */
export interface Utf8Survey {
  /** Well-formed multi-byte sequences (é as C3 A9…). */
  validMultibyte: number;
  /** 1-based lines holding bytes that are not valid UTF-8. */
  invalidLines: number[];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function surveyUtf8(bytes: Uint8Array): Utf8Survey {
  let validMultibyte = 0;
  const invalidLines = new Set<number>();
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Lines end as the record reader ends them: `\r\n`, `\n` or a lone `\r` (old Mac exports).
    // Counting only `\n` made a `\r` file one line, so two accidental UTF-8 pairs in a
    // Windows-1252 file (`É…` is C9 85) outvoted it and its accents were loaded as U+FFFD.
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
    if (b < 0x80) continue;
    const length = sequenceLength(b);
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      validMultibyte++;
      i += length - 1;
    } else invalidLines.add(line);
  }
  return { validMultibyte, invalidLines: [...invalidLines] };
}

/** Bytes Windows-1252 leaves undefined: a file holding them was written in another encoding. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function hasCp1252Undefined(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (CP1252_UNDEFINED.has(bytes[i]!)) return true;
  return false;
}
