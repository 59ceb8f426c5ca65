import type { DownloadAnswer } from './database-download';

// Downloads a bundled database file and inflates it off the page's thread (database-download.ts).
const scope = self as unknown as {
  postMessage(answer: DownloadAnswer, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<string>) => void) | null;
};

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

scope.onmessage = (event) => {
  void (async () => {
    try {
      const response = await fetch(event.data);
      if (!response.ok) return scope.postMessage({ status: response.status });
      const packed = new Uint8Array(await response.arrayBuffer());
      // Some static hosts serve `.gz` files with Content-Encoding: gzip: the browser then hands
      // over the database itself. The magic bytes say which.
      const bytes = packed[0] === 0x1f && packed[1] === 0x8b ? await inflate(packed) : packed;
      scope.postMessage({ bytes }, [bytes.buffer]);
    } catch (error) {
      scope.postMessage({ failed: error instanceof Error ? error.message : String(error) });
    }
  })();
};
