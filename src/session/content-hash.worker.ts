import { contentHash } from './content-hash';

// Hashes a picked file off the page's thread: SHA-256 of 100 MB takes a few hundred
// milliseconds, and Chromium computes crypto.subtle.digest on the calling thread.
const scope = self as unknown as { postMessage(message: { hash: string } | { error: string }): void; onmessage: ((event: MessageEvent<Blob>) => void) | null };
scope.onmessage = (event) => {
  event.data
    .arrayBuffer()
    .then((buffer) => contentHash(new Uint8Array(buffer)))
    .then(
      (hash) => scope.postMessage({ hash }),
      (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
};
