import { nextTask } from '../engine/next-task';
import { message } from '../i18n/message';
import { strayBomLength } from './decode';
import { gunzip, isGzip } from './gzip';
import { fail, ok, type ParseResult } from './parse-result';

/**
 * Largest file accepted in one upload. The whole decoded text and its records are held in
 * memory by the parsing worker (about 6× the file size at peak); 200 MB keeps that well under
 * what a browser tab is given on an 8 GB laptop. Documented in docs/ingest.md.
 */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * `gunzip`, fed a slice at a time with a task boundary between slices. The browser inflates on
 * the page's thread: the bundled sample (1.5 MB packed) read in one go was one task of 50 to
 * 110 ms while the dashboard loads; in slices the page can paint and answer input in between.
 */
export async function gunzipInSlices(bytes: Uint8Array<ArrayBuffer>, sliceBytes = 128 * 1024): Promise<Uint8Array> {
  const stream = new DecompressionStream('gzip');
  const inflated = new Response(stream.readable).arrayBuffer();
  const writer = stream.writable.getWriter();
  try {
    for (let at = 0; at < bytes.length; at += sliceBytes) {
      if (at > 0) await nextTask();
      await writer.write(bytes.subarray(at, at + sliceBytes));
    }
    await writer.close();
  } catch (error) {
    // A broken file: the same error as `inflated`'s, which is then awaited (and not left unhandled).
    inflated.catch(() => undefined);
    throw error;
  }
  return new Uint8Array(await inflated);
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Turns uploaded bytes into the bytes of a plain-text CSV, or says clearly why not. Formats
 * are recognised by their magic bytes, never by the file name (`.csv.gzz` is still gzip).
 */
export async function plainCsvBytes(bytes: Uint8Array, fileName: string): Promise<ParseResult<Uint8Array>> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return fail(message('ingest.refuse.tooLarge', { file: fileName, size: (bytes.length / 1048576).toFixed(0), limit: MAX_UPLOAD_BYTES / 1048576 }));
  }
  if (bytes.length === 0) return fail(message('ingest.refuse.emptyFile', { file: fileName }));
  if (isGzip(bytes)) {
    try {
      const plain = await gunzip(bytes);
      return plain.length > MAX_UPLOAD_BYTES
        ? fail(message('ingest.refuse.unpacksTooLarge', { file: fileName, limit: MAX_UPLOAD_BYTES / 1048576 }))
        : ok(plain);
    } catch (error) {
      return fail(message('ingest.refuse.brokenGzip', { file: fileName, detail: error instanceof Error ? error.message : String(error) }));
    }
  }
  if (startsWith(bytes, [0x28, 0xb5, 0x2f, 0xfd])) return fail(message('ingest.refuse.zstandard', { file: fileName }));
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return fail(message('ingest.refuse.zip', { file: fileName }));
  const stray = strayBomLength(bytes);
  if (stray) return ok(bytes.subarray(stray));
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return fail(message('ingest.refuse.utf32', { file: fileName }));
  }
  return ok(bytes);
}

/** Share of NUL characters above which text is taken for a binary file, not a CSV. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nul++;
  // Below a few dozen characters one NUL says little: such a file is read, and its NUL kept.
  return sample.length >= 32 && nul / sample.length > 0.1;
}
