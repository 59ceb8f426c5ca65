/**
 * Query results are applied to the page together. The engine answers the panels' queries one
 * after another; applied one by one, each answer re-rendered every chart (seven renders per
 * filter change, most of the page's time). The first answer of a burst is shown at once (the
 * KPIs, asked first, never wait for the charts); the others are held until no query is in
 * flight — or at most MAX_HOLD_MS, so a slow refresh still shows its panels as they come — and
 * render once.
 */
const MAX_HOLD_MS = 250;

let inFlight = 0;
let firstOfBurst = false;
let held: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
/** How a batch is applied: React's startTransition on the page (set by hooks/use-named-query.ts). */
let applyBatch: (updates: () => void) => void = (updates) => updates();

export function setBatchApplier(apply: (updates: () => void) => void): void {
  applyBatch = apply;
}

function flush(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const apply = held;
  held = [];
  // React batches every state update made here into one render, and as a transition it renders
  // in slices of a few milliseconds, yielding to the page (input, DuckDB's messages) in between,
  // instead of one task of hundreds of milliseconds for a page of charts.
  applyBatch(() => {
    for (const update of apply) update();
  });
}

export function queryStarted(): void {
  if (inFlight === 0) firstOfBurst = true;
  inFlight++;
}

/** A query has answered (or failed): `apply` sets its state, now or with the others. */
export function querySettled(apply: () => void): void {
  inFlight = Math.max(0, inFlight - 1);
  held.push(apply);
  if (inFlight === 0 || firstOfBurst) {
    firstOfBurst = false;
    flush();
  } else {
    timer ??= setTimeout(flush, MAX_HOLD_MS);
  }
}
