/**
 * Runs `run` once the page has drawn the frame it is about to draw — in the task after that
 * frame — or after `maxWaitMs`, as a hidden tab draws no frames. Returns a function that runs it
 * at once instead, for a caller that needs it before then; `run` runs once either way.
 *
 * For work the page starts while it loads that would take the cores from its first paint: in
 * traces of cold opens on 2 cores, the module that started DuckDB's and ICU's workers before that
 * frame was a task of about 50 ms for 10 ms of its own work (the workers' threads and their
 * scripts' downloads ran meanwhile), and the first paint was presented that much later.
 */
export function afterFirstFrame(run: () => void, maxWaitMs = 100): () => void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, maxWaitMs);
  return once;
}
