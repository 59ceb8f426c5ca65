import { gunzip, isGzip } from '../ingest/gzip';
import type { DownloadAnswer } from './database-download';

// Downloads a bundled database file and inflates it off the page's thread (database-download.ts).
const scope = self as unknown as {
  postMessage(answer: DownloadAnswer, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<string>) => void) | null;
};

scope.onmessage = (event) => {
  void (async () => {
    try {
      const response = await fetch(event.data);
      if (!response.ok) return scope.postMessage({ status: response.status });
      const packed = new Uint8Array(await response.arrayBuffer());
      // Some static hosts serve `.gz` files with Content-Encoding: gzip: the browser then hands
      // over the database itself. The magic bytes say which.
      const bytes = isGzip(packed) ? await gunzip(packed) : packed;
      scope.postMessage({ bytes }, [bytes.buffer]);
    } catch (error) {
      scope.postMessage({ failed: error instanceof Error ? error.message : String(error) });
    }
  })();
};
