/**
 * What the browser bench measures inside the page, installed before any page script runs.
 * Times are `performance.now()` (ms since navigation start). A "painted" time is taken in the
 * animation frame after the DOM change, i.e. when the browser is about to paint it; every page
 * (Cible and both references) is timed by the same observer, so the ratios compare like with like.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ProbeMarks {
  /** `[data-testid=kpi-actual]` got a non-empty `data-value` (snapshot or live). */
  firstKpi?: number;
  /** The same, outside any `[data-snapshot]` block: a number DuckDB answered in this page. */
  firstLiveKpi?: number;
  /** The footer names the DuckDB build: the engine is up. */
  engineReady?: number;
  /** `<html data-engine="ready">`: every panel answered. */
  allReady?: number;
  firstContentfulPaint?: number;
  /** `<html data-engine="error">`: the page gave up. */
  engineError?: number;
}

/**
 * The probe also tells each mark on the console (`console.debug`), which the bench reads from
 * DevTools' events while the page loads. Asking the page instead (Playwright's
 * `waitForFunction`) evaluates Playwright's injected script in it, 15 ms of the page's thread
 * that took 108 ms on 2 busy cores in traces, and then a poll every 50 ms: tasks of the
 * harness, not of the page, that the long-task figures counted.
 */
const MARK_MESSAGE = '__cibleBenchMark:';

export interface LongTask {
  start: number;
  duration: number;
}

interface ProbeWindow {
  __benchMarks: ProbeMarks;
  __benchLongTasks: LongTask[];
  /** Messages the page posted to DuckDB's worker: each is one round trip (a request and its answer). */
  __benchWorkerMessages: number;
}

/** The probe as a self-contained function (serialised into the page by Playwright). */
function probe(markMessage: string): void {
  const w = window as unknown as ProbeWindow;
  const marks: ProbeMarks = {};
  const longTasks: LongTask[] = [];
  w.__benchMarks = marks;
  w.__benchLongTasks = longTasks;
  w.__benchWorkerMessages = 0;
  // Every message to DuckDB-WASM's worker (queries, prepares, fetches of result batches, pings)
  // goes through its Worker's postMessage: count them there, whatever the page's code does.
  const NativeWorker = window.Worker;
  const duckdbWorkers = new WeakSet<Worker>();
  window.Worker = new Proxy(NativeWorker, {
    construct(target, args: [string | URL, WorkerOptions?]) {
      const worker = Reflect.construct(target, args) as Worker;
      if (/duckdb-browser-(eh|mvp|coi)\.worker/.test(String(args[0]))) duckdbWorkers.add(worker);
      return worker;
    },
  });
  const post = NativeWorker.prototype.postMessage;
  NativeWorker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    if (duckdbWorkers.has(this)) w.__benchWorkerMessages++;
    return (post as (...a: unknown[]) => void).apply(this, args);
  } as Worker['postMessage'];
  const pending = new Set<keyof ProbeMarks>();
  const stamp = (name: keyof ProbeMarks) => {
    if (marks[name] !== undefined || pending.has(name)) return;
    pending.add(name);
    requestAnimationFrame(() => {
      marks[name] = performance.now();
      console.debug(markMessage + name);
    });
  };
  const check = () => {
    const kpi = document.querySelector('[data-testid="kpi-actual"]');
    if (kpi && (kpi.getAttribute('data-value') ?? '') !== '') {
      stamp('firstKpi');
      if (!kpi.closest('[data-snapshot]')) stamp('firstLiveKpi');
    }
    if (document.querySelector('.page-footer')?.textContent?.includes('DuckDB v')) stamp('engineReady');
    if (document.documentElement?.dataset.engine === 'ready') stamp('allReady');
    if (document.documentElement?.dataset.engine === 'error') stamp('engineError');
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-value', 'data-engine', 'data-snapshot'],
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'first-contentful-paint') {
          marks.firstContentfulPaint = entry.startTime;
          console.debug(`${markMessage}firstContentfulPaint`);
        }
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // Observers missing: those figures stay empty, the others still count.
  }
}

// tsx (esbuild keepNames) wraps named functions in `__name(…)`: give the page that helper so
// functions serialised into it run as written.
export const PROBE_SCRIPT = `globalThis.__name ??= (f) => f; (${probe.toString()})(${JSON.stringify(MARK_MESSAGE)});`;

/** The probe's marks as the page tells them on its console, watched from before it opens. */
export interface MarkWatch {
  /** Resolves with the first of `names` the page stamps (at once if one already was). */
  first(names: readonly (keyof ProbeMarks)[], timeout: number): Promise<keyof ProbeMarks>;
}

/** Call before the page opens (openApp's `beforeOpen`): the context's console events carry the marks. */
export function watchMarks(context: BrowserContext): MarkWatch {
  const seen = new Set<string>();
  const waiters = new Set<() => void>();
  context.on('console', (message) => {
    const text = message.text();
    if (!text.startsWith(MARK_MESSAGE)) return;
    seen.add(text.slice(MARK_MESSAGE.length));
    for (const wake of waiters) wake();
  });
  return {
    first: (names, timeout) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = names.find((name) => seen.has(name));
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${names.join(' or ')} mark within ${timeout} ms`));
        }, timeout);
        waiters.add(check);
        check();
      }),
  };
}

export function readMarks(page: Page): Promise<ProbeMarks> {
  return page.evaluate(() => ({ ...(window as unknown as ProbeWindow).__benchMarks }));
}

export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => [...(window as unknown as ProbeWindow).__benchLongTasks]);
}

export function readWorkerMessages(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__benchWorkerMessages ?? 0);
}

export async function waitForMark(page: Page, name: keyof ProbeMarks, timeout: number): Promise<void> {
  await page.waitForFunction((mark) => (window as unknown as ProbeWindow).__benchMarks?.[mark as keyof ProbeMarks] !== undefined, name, {
    timeout,
    polling: 50,
  });
}

/**
 * Chooses `value` in the select `testId` and resolves once every panel has answered again
 * (`data-engine` left `ready` and came back), with the time from the change to that frame.
 */
export function timeFilterChange(page: Page, testId: string, value: string): Promise<{ ms: number; state: string }> {
  return page.evaluate(
    ([id, chosen]) =>
      new Promise<{ ms: number; state: string }>((resolve) => {
        const root = document.documentElement;
        const select = document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`);
        if (!select) {
          resolve({ ms: Number.NaN, state: `no ${id}` });
          return;
        }
        let left = false;
        const observer = new MutationObserver(() => {
          const state = root.dataset.engine ?? '';
          if (state === 'loading') left = true;
          if (left && (state === 'ready' || state === 'error')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve({ ms: performance.now() - start, state }));
          }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-engine'] });
        const start = performance.now();
        select.value = chosen!;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        setTimeout(() => {
          if (left) return;
          observer.disconnect();
          resolve({ ms: Number.NaN, state: 'nothing changed' });
        }, 10_000);
      }),
    [testId, value],
  );
}
