import { buildOutlook, type Outlook, type OutlookInput } from '../analytics/outlook';
import type { OutlookAnswer, OutlookRequest } from './outlook.worker';
import { RecentAnswers } from './recent-answers';

/**
 * buildOutlook in a worker (session/outlook.worker.ts), one for the page, started on first use.
 * Where workers are missing, or if this one cannot start, it runs on the page's thread: the
 * same function, the same answer.
 */
let worker: Worker | null = null;
let broken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (outlook: Outlook) => void; reject: (error: Error) => void; input: OutlookInput }>();

function failAll(): void {
  broken = true;
  worker?.terminate();
  worker = null;
  // Whatever was asked is answered here instead.
  for (const [id, call] of waiting) {
    waiting.delete(id);
    inThread(call.input).then(call.resolve, call.reject);
  }
}

function inThread(input: OutlookInput): Promise<Outlook> {
  try {
    return Promise.resolve(buildOutlook(input));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function outlookWorker(): Worker | null {
  if (broken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./outlook.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<OutlookAnswer>) => {
    const call = waiting.get(event.data.id);
    if (!call) return;
    waiting.delete(event.data.id);
    // The worker failed on it (an answer it could not send, say): the page's thread tries, and
    // says what it finds, as it did before there was a worker.
    if ('outlook' in event.data) call.resolve(event.data.outlook);
    else inThread(call.input).then(call.resolve, call.reject);
  };
  worker.onerror = failAll;
  worker.onmessageerror = failAll;
  return worker;
}

/** Outlooks of the last inputs: a filter switched back, or the same numbers again, asks nothing. */
const RECENT_OUTLOOKS = 32;
const recent = new RecentAnswers<OutlookInput, Outlook>(fitOffThread, RECENT_OUTLOOKS);

/** The outlook of `input`: the one already fitted for the same content, or fitted now in the worker. */
export function buildOutlookOffThread(input: OutlookInput): Promise<Outlook> {
  return recent.ask(input);
}

/** The outlook of `input` if one of the same content is already fitted (a filter switched back). */
export function recallOutlook(input: OutlookInput): Outlook | undefined {
  return recent.recall(input);
}

function fitOffThread(input: OutlookInput): Promise<Outlook> {
  const target = outlookWorker();
  if (!target) return inThread(input);
  const id = nextId++;
  return new Promise<Outlook>((resolve, reject) => {
    waiting.set(id, { resolve, reject, input });
    const request: OutlookRequest = { id, input };
    target.postMessage(request);
  });
}
