import { errorMessage, type MessageValue } from '../i18n/message';
import { prepareIngest, type IngestRequest, type LoadablePrepared } from './prepare-ingest';

/**
 * Messages between the page and the parsing worker (see session/ingest-client.ts). The file goes
 * in as a Blob (the picked File: passed by reference, no copy on the page's thread) and the
 * normalised CSV comes back as UTF-8 bytes, transferred: a 100 MB upload never crosses the
 * boundary as a copy nor lives on the page as a string.
 */
export type IngestWorkerRequest = { id: number; request: Omit<IngestRequest, 'onProgress' | 'bytes'>; source: Blob };
export type IngestWorkerMessage =
  | { id: number; type: 'progress'; chars: number; totalChars: number; records: number }
  | { id: number; type: 'done'; prepared: LoadablePrepared }
  | { id: number; type: 'error'; message: MessageValue };

// Parsing and validating a large export takes seconds of CPU: it runs here so the page stays
// responsive (and a cancel is a terminate(), which needs no cooperation from the parser).
// (Typed by hand: the WebWorker lib cannot share a program with the DOM lib.)
const scope = self as unknown as {
  postMessage(message: IngestWorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<IngestWorkerRequest>) => void) | null;
};
scope.onmessage = (event) => {
  void handle(event.data);
};

async function handle(data: IngestWorkerRequest) {
  const { id, request, source } = data;
  const post = (message: IngestWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  try {
    const bytes = new Uint8Array(await source.arrayBuffer());
    const prepared = await prepareIngest({ ...request, bytes, onProgress: (progress) => post({ id, type: 'progress', ...progress }) });
    const csv = new TextEncoder().encode(prepared.csv);
    post({ id, type: 'done', prepared: { ...prepared, csv } }, [csv.buffer]);
  } catch (error) {
    post({ id, type: 'error', message: errorMessage(error) });
  }
}
