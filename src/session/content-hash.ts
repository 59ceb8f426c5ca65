import { message, MessageError } from '../i18n/message';
import { sha256Hex } from '../storage/upload-store';

/**
 * SHA-256 of a file's bytes, to recognise the same content uploaded twice. Browsers only offer
 * crypto.subtle on https and localhost; elsewhere a 64-bit FNV-1a stands in (still good enough
 * to spot a duplicate, not a security measure).
 */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  try {
    return await sha256Hex(bytes);
  } catch {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < bytes.length; i++) {
      h1 = Math.imul(h1 ^ bytes[i]!, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ bytes[i]!, 0x811c9dc5) >>> 0;
    }
    return `fnv${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
  }
}

/** contentHash of a Blob (a picked File), read and hashed in a worker so the page stays responsive. */
export function contentHashOfBlob(blob: Blob): Promise<string> {
  if (typeof Worker === 'undefined') return blob.arrayBuffer().then((buffer) => contentHash(new Uint8Array(buffer)));
  const worker = new Worker(new URL('./content-hash.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ hash: string } | { error: string }>) => {
      worker.terminate();
      if ('hash' in event.data) resolve(event.data.hash);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new MessageError(message('ingest.worker.hashStopped'), { cause: event.message }));
    };
    worker.postMessage(blob);
  });
}
