/** What the download worker answers: the file's bytes (inflated), the server's refusal, or a failure. */
export type DownloadAnswer = { bytes: Uint8Array } | { status: number } | { failed: string };

/**
 * Downloads a bundled database file (gzip or not) and inflates it in a worker. On the page's
 * thread, reading the sample's response and inflating it were the longest tasks while the
 * dashboard loads in traces of cold opens on 2 cores (130 to 150 ms, against 10 to 20 ms a slice
 * when the cores are free), although the file was inflated in slices. The bytes come back
 * transferred, not copied. Where no worker can start, `onPageThread` does it instead.
 */
export function downloadOffThread(url: string, onPageThread: () => Promise<Uint8Array>): Promise<DownloadAnswer> {
  if (typeof Worker === 'undefined') return onPageThread().then((bytes) => ({ bytes }));
  const worker = new Worker(new URL('./database-download.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<DownloadAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DownloadAnswer>) => {
      worker.terminate();
      resolve(event.data);
    };
    // The worker's script did not load (a host that refuses it): the page downloads the file itself.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onPageThread().then((bytes) => resolve({ bytes }), reject);
    };
    worker.postMessage(url);
  });
}
