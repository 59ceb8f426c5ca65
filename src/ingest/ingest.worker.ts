import { prepareIngest, type IngestRequest, type PreparedIngest } from './prepare-ingest';

/** Messages between the page and the parsing worker (see hooks/ingest-client.ts). */
export type IngestWorkerRequest = { id: number; request: Omit<IngestRequest, 'onProgress'> };
export type IngestWorkerMessage =
  | { id: number; type: 'progress'; chars: number; totalChars: number; records: number }
  | { id: number; type: 'done'; prepared: PreparedIngest }
  | { id: number; type: 'error'; message: string };

// Parsing and validating a large export takes seconds of CPU: it runs here so the page stays
// responsive (and a cancel is a terminate(), which needs no cooperation from the parser).
// (Typed by hand: the WebWorker lib cannot share a program with the DOM lib.)
const scope = self as unknown as { postMessage(message: IngestWorkerMessage): void; onmessage: ((event: MessageEvent<IngestWorkerRequest>) => void) | null };
scope.onmessage = (event) => {
  void handle(event.data);
};

async function handle(data: IngestWorkerRequest) {
  const { id, request } = data;
  const post = (message: IngestWorkerMessage) => scope.postMessage(message);
  try {
    const prepared = await prepareIngest({ ...request, onProgress: (progress) => post({ id, type: 'progress', ...progress }) });
    post({ id, type: 'done', prepared });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
