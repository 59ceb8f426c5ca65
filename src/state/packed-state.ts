import { deflateSync, Inflate } from 'fflate';
import { BASE64URL_PATTERN, fromBase64Url, toBase64Url } from './base64url';
import { concatBytes } from './concat-bytes';

/**
 * The link's one compact field for state too large or too structured to stay readable in the
 * hash (view settings, scenarios, custom targets): JSON, deflated, base64url, behind a version
 * prefix (`st=v1.…`). Synchronous on purpose: the first render already needs it.
 *
 * Caps apply before and during decompression: a hostile link cannot make the page inflate more
 * than MAX_PACKED_BYTES, however well its payload compresses.
 */
export const PACKED_VERSION = 'v1';
export const MAX_PACKED_CHARS = 8_000;
export const MAX_PACKED_BYTES = 256_000;
/** Input is inflated in slices, so one push can never produce more than ~1 MB (deflate's ratio is ≤ 1032:1). */
const SLICE_BYTES = 1024;

export type UnpackResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function packState(value: unknown): string {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `${PACKED_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
}

class TooLarge extends Error {}

function inflateCapped(bytes: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooLarge();
    chunks.push(chunk);
  });
  for (let i = 0; i < bytes.length; i += SLICE_BYTES) inflate.push(bytes.subarray(i, i + SLICE_BYTES), i + SLICE_BYTES >= bytes.length);
  if (bytes.length === 0) inflate.push(bytes, true);
  return concatBytes(chunks, total);
}

/** Never throws: anything but a well-formed payload of this version comes back with a reason. */
export function unpackState(text: string): UnpackResult {
  if (text.length > MAX_PACKED_CHARS) return { ok: false, reason: `longer than ${MAX_PACKED_CHARS} characters` };
  const dot = text.indexOf('.');
  const version = text.slice(0, dot);
  const body = text.slice(dot + 1);
  if (dot < 0 || version !== PACKED_VERSION || !BASE64URL_PATTERN.test(body)) return { ok: false, reason: 'not in a format this version of Cible reads' };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(inflateCapped(fromBase64Url(body), MAX_PACKED_BYTES));
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: `unpacks to more than ${MAX_PACKED_BYTES / 1000} KB` };
    return { ok: false, reason: 'damaged (truncated or altered)' };
  }
}
