import { message, type Message } from '../i18n/message';
import { BASE64URL_PATTERN, fromBase64Url, toBase64Url } from './base64url';
import { contentId } from './content-id';
import { concatBytes } from './concat-bytes';

/**
 * A small dataset carried inside a share link (`#data=v1.…`): the canonical CSV files, as JSON,
 * deflated and base64url-encoded. Decoding is capped before and during decompression, so a
 * hostile link cannot make the page inflate gigabytes (a "zip bomb").
 */
export const EMBEDDED_VERSION = 'v1';
/** Longest `data` value accepted in a link (about 30 KB, safe in chat apps and mail clients). */
export const MAX_EMBEDDED_CHARS = 30_000;
/** Most bytes a payload may inflate to. */
export const MAX_EMBEDDED_BYTES = 2_000_000;

export interface EmbeddedDataset {
  name: string;
  /** Canonical CSV text per table (`sales`, `targets`, `platform_fees`, `events`). */
  files: Record<string, string>;
}

export type EmbeddedResult = { ok: true; value: EmbeddedDataset } | { ok: false; reason: Message };

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

export async function encodeEmbedded(dataset: EmbeddedDataset): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(dataset));
  const deflated = await collect(new Blob([json as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return `${EMBEDDED_VERSION}.${toBase64Url(deflated!)}`;
}

export async function decodeEmbedded(text: string): Promise<EmbeddedResult> {
  if (text.length > MAX_EMBEDDED_CHARS) return { ok: false, reason: message('link.data.tooLong', { limit: MAX_EMBEDDED_CHARS }) };
  const [version, body] = text.split('.', 2);
  if (version !== EMBEDDED_VERSION || !body || !BASE64URL_PATTERN.test(body)) return { ok: false, reason: message('link.data.unknownFormat') };
  try {
    const inflated = await collect(
      new Blob([fromBase64Url(body) as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
      MAX_EMBEDDED_BYTES,
    );
    if (!inflated) return { ok: false, reason: message('link.data.tooLarge', { limit: MAX_EMBEDDED_BYTES / 1_000_000 }) };
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    if (!isEmbeddedDataset(parsed)) return { ok: false, reason: message('link.data.incomplete') };
    return { ok: true, value: parsed };
  } catch {
    return { ok: false, reason: message('link.data.damaged') };
  }
}

function isEmbeddedDataset(value: unknown): value is EmbeddedDataset {
  if (!value || typeof value !== 'object') return false;
  const { name, files } = value as Record<string, unknown>;
  return typeof name === 'string' && name.length <= 200 && !!files && typeof files === 'object' && Object.values(files).every((f) => typeof f === 'string');
}

/** A stable dataset id for a payload (`x_` + 12 hex digits), computed synchronously. */
export function embeddedDatasetId(text: string): string {
  return contentId('x', text);
}
