import { isMessage, message, MessageError } from '../i18n/message';
import type { IngestWorkerMessage, IngestWorkerRequest } from '../ingest/ingest.worker';
import type { IngestRequest, LoadablePrepared } from '../ingest/prepare-ingest';

export interface IngestProgress {
  chars: number;
  totalChars: number;
  records: number;
}

export class IngestCancelled extends Error {
  constructor() {
    super('Cancelled');
  }
}

/**
 * Runs prepareIngest in a dedicated worker. One job at a time per client; cancel() terminates
 * the worker (a fresh one is started for the next job), so even a stuck parse stops at once.
 */
export class IngestClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; reject: (error: Error) => void } | null = null;

  private ensureWorker(): Worker {
    this.worker ??= new Worker(new URL('../ingest/ingest.worker.ts', import.meta.url), { type: 'module' });
    return this.worker;
  }

  /** Prepares the file `source` (a picked File, or any Blob) as `request` says. */
  prepare(request: Omit<IngestRequest, 'onProgress' | 'bytes'>, source: Blob, onProgress?: (progress: IngestProgress) => void): Promise<LoadablePrepared> {
    this.cancel();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<LoadablePrepared>((resolve, reject) => {
      this.pending = { id, reject };
      worker.onmessage = (event: MessageEvent<IngestWorkerMessage>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') onProgress?.({ chars: reply.chars, totalChars: reply.totalChars, records: reply.records });
        else {
          this.pending = null;
          if (reply.type === 'done') resolve(reply.prepared);
          else reject(isMessage(reply.message) ? new MessageError(reply.message) : new Error(String(reply.message)));
        }
      };
      worker.onerror = (event) => {
        this.pending = null;
        // An out-of-memory in the worker ends up here: say so, the loaded data is untouched.
        reject(new MessageError(message('ingest.worker.stopped'), { cause: event.message }));
        this.worker?.terminate();
        this.worker = null;
      };
      worker.postMessage({ id, request, source } satisfies IngestWorkerRequest);
    });
  }

  cancel(): void {
    if (!this.pending) return;
    this.pending.reject(new IngestCancelled());
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }
}
