/**
 * Starts ICU on a worker (intl-warmup.worker.ts) before the page formats its first number or
 * date, so that first formatter does not add 25–45 ms to one of the page's tasks.
 */
let warmed: Promise<void> = Promise.resolve();

/**
 * Starts the worker, once; `intlWarmedUp()` resolves when it is done, has failed, or after
 * `maxWaitMs`. Where workers are missing or refused, the page starts ICU itself, as before.
 */
export function warmIntlOffThread(lang: string, maxWaitMs = 1000): void {
  if (typeof Worker === 'undefined') return;
  try {
    const worker = new Worker(new URL('./intl-warmup.worker.ts', import.meta.url), { type: 'module' });
    warmed = new Promise<void>((resolve) => {
      const done = () => {
        worker.terminate();
        resolve();
      };
      worker.addEventListener('message', done, { once: true });
      worker.addEventListener('error', done, { once: true });
      setTimeout(done, maxWaitMs);
    });
    worker.postMessage(lang);
  } catch {
    // No worker: the first formatter starts ICU on the page's thread.
  }
}

/**
 * Resolves once ICU has started off the page's thread (or will not): the page's first formatter
 * waits for it rather than wait, blocked, for ICU's start on the worker to finish.
 */
export function intlWarmedUp(): Promise<void> {
  return warmed;
}
