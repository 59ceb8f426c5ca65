/**
 * Browser benches: the built dist/ and the two reference pages on loopback, each opened cold
 * (a fresh Chromium profile per run) by the e2e tests' launcher, runs interleaved so that the
 * machine's noise falls on every page alike.
 */
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openApp, waitForEngine, type OpenedApp } from '../e2e/browser';
import { startStaticServer, type StaticServer } from '../e2e/static-server';
import { ISOLATION_HEADERS } from '../../vite.config';
import { SIZES } from './bench-data';
import { DIST, DUCKDB_REFERENCE, STATIC_REFERENCE } from './build-pages';
import { jsSizes, type JsSizes } from './js-size';
import {
  PROBE_SCRIPT,
  readLongTasks,
  readMarks,
  readWorkerMessages,
  timeFilterChange,
  waitForMark,
  watchMarks,
  type LongTask,
  type MarkWatch,
  type ProbeMarks,
} from './page-probe';
import { memoryAfterChanges, type SessionMemory } from './session-memory';
import { summarize, type Summary } from './stats';

export type PageName = 'cible' | 'cibleThreads' | 'static' | 'bare' | 'bareFile';

export interface FirstPaintFigures {
  /** The animation frame after the KPI appeared: the page's thread is about to paint it. */
  firstKpi: Summary;
  /**
   * Chrome's first contentful paint: when that frame was presented. On 2 cores it can come well
   * after `firstKpi`, while the compositor waits for cores busy with the page's scripts and
   * DuckDB's WASM (docs/performance.md). Absent from results written before it was reported.
   */
  firstContentfulPaint?: Summary | null;
  /** Longest main-thread task from the first contentful paint until every panel is live (or the bare page's KPI). */
  longestTaskAfterPaint: Summary | null;
  firstLiveKpi: Summary | null;
  engineReady: Summary | null;
  allReady: Summary | null;
  engine: string;
}

export interface FilterChangeFigures {
  p50: number;
  p95: number;
  summary: Summary;
  states: string[];
  /** Messages posted to DuckDB's worker per timed change (each one a round trip). */
  roundTrips: Summary;
  /** Each timed change (`filter-region=Sud`) with its time: the p95 of 13 is the slowest of them. */
  changes: { change: string; ms: number }[];
}

export interface UploadFigures {
  upload: { file: string; bytes: number; rows: number; ms: number; longestTaskMs: number; tasksOver200ms: number };
  filterChange: FilterChangeFigures;
  /** DuckDB's WASM linear memory once the 1M rows are loaded and the filters ran. */
  memoryBytes: number | null;
  engine: string;
}

export interface BrowserBenchResult {
  chromium: string;
  firstPaint: Partial<Record<PageName, FirstPaintFigures>>;
  /** The 1M-row upload and filter changes, on a plain host (`cible`) and with COOP/COEP (`cibleThreads`). */
  uploads: Partial<Record<'cible' | 'cibleThreads', UploadFigures>>;
  memory: { bare10MBytes: number | null; bare10MRows: number | null };
  /** The bundled sample on the default link; null when BENCH_SIZES leaves out 200k. */
  sample: SampleSession | null;
  /** Cible built with 10M rows as its sample (large-sample.ts); null when BENCH_SIZES leaves out 10M. */
  large?: LargeSession | null;
  js: JsSizes;
}

interface Servers {
  cible: StaticServer;
  cibleThreads: StaticServer;
  static: StaticServer;
  bare: StaticServer;
  /** The bare page again, opening the sample's prebuilt database file (`?db=1`) as Cible does. */
  bareFile: StaticServer;
}

const TIMEOUT = 180_000;

async function startServers(): Promise<Servers> {
  return {
    cible: await startStaticServer({ root: DIST }),
    cibleThreads: await startStaticServer({ root: DIST, headers: ISOLATION_HEADERS }),
    static: await startStaticServer({ root: STATIC_REFERENCE }),
    bare: await startStaticServer({ root: DUCKDB_REFERENCE }),
    bareFile: await startStaticServer({ root: DUCKDB_REFERENCE }),
  };
}

function failIfDirty(app: OpenedApp, what: string): void {
  const problems = [...app.consoleErrors, ...app.failedRequests, ...app.foreignRequests];
  if (problems.length) throw new Error(`${what}: ${problems.join(' | ')}`);
}

async function footerText(app: OpenedApp): Promise<string> {
  return (await app.page.locator('.page-footer').textContent()) ?? '';
}

/** One cold opening of a page: its marks once its last signal is in. */
interface ColdSample {
  marks: ProbeMarks;
  engine: string;
  longestTask: number | null;
}

/** The longest task between the first contentful paint and the page's last signal. */
function longestAfterPaint(marks: ProbeMarks, tasks: LongTask[]): number | null {
  const from = marks.firstContentfulPaint;
  const to = marks.allReady ?? marks.firstLiveKpi;
  if (from === undefined || to === undefined) return null;
  return Math.max(0, ...tasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration));
}

async function openCold(page: PageName, server: StaticServer): Promise<ColdSample> {
  let marks!: MarkWatch;
  const app = await openApp({
    baseUrl: page === 'bareFile' ? `${server.url}?db=1` : server.url,
    initScript: PROBE_SCRIPT,
    beforeOpen: async (context) => {
      marks = watchMarks(context);
    },
  });
  try {
    // Nothing is asked of the page until it is live: the marks arrive as console events.
    const wait = async (name: keyof ProbeMarks) => {
      if ((await marks.first([name, 'engineError'], TIMEOUT)) === 'engineError') throw new Error(`${page}: the page ended in error`);
    };
    if (page === 'static') await wait('firstKpi');
    else if (page === 'bare' || page === 'bareFile') await wait('firstLiveKpi');
    else await wait('allReady');
    if (page !== 'static') await wait('engineReady');
    // The static page's KPI is stamped before its frame is presented: wait for that too.
    await wait('firstContentfulPaint');
    const stamped = await readMarks(app.page);
    const longestTask = longestAfterPaint(stamped, await readLongTasks(app.page));
    failIfDirty(app, page);
    return { marks: stamped, engine: await footerText(app), longestTask };
  } finally {
    await app.close();
  }
}

function figures(samples: ColdSample[]): FirstPaintFigures {
  const of = (name: keyof ProbeMarks) => {
    const values = samples.map((s) => s.marks[name]).filter((v): v is number => v !== undefined);
    return values.length === samples.length ? summarize(values) : null;
  };
  const tasks = samples.map((s) => s.longestTask).filter((v): v is number => v !== null);
  return {
    firstKpi: of('firstKpi')!,
    firstContentfulPaint: of('firstContentfulPaint'),
    longestTaskAfterPaint: tasks.length ? summarize(tasks) : null,
    firstLiveKpi: of('firstLiveKpi'),
    engineReady: of('engineReady'),
    allReady: of('allReady'),
    engine: samples[0]?.engine ?? '',
  };
}

async function firstPaint(servers: Servers, pages: readonly PageName[], runs: number, log: (line: string) => void): Promise<BrowserBenchResult['firstPaint']> {
  const samples = Object.fromEntries(pages.map((p) => [p, [] as ColdSample[]])) as Record<PageName, ColdSample[]>;
  // Round 0 warms up (disk cache, JIT of the server); then the pages take turns.
  for (let round = 0; round <= runs; round++) {
    log(`  first paint, ${round === 0 ? 'warm-up' : `run ${round}/${runs}`}: ${pages.join(', ')}`);
    for (const page of pages) {
      // A page that never got ready (a machine too loaded) loses this sample, not the whole run.
      const sample = await openCold(page, servers[page]).catch((error: unknown) => {
        log(`  ${page}: no sample this round (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
        return null;
      });
      if (round > 0 && sample) samples[page].push(sample);
    }
  }
  return Object.fromEntries(pages.map((p) => [p, figures(samples[p])]));
}

/** Select changes an executive makes; the first three warm up. */
const FILTER_CHANGES: [string, string][] = [
  ['filter-channel', 'web'],
  ['filter-channel', 'voice'],
  ['filter-channel', ''],
  ['filter-region', 'Sud'],
  ['filter-region', 'Ouest'],
  ['filter-region', ''],
  ['filter-category', 'Frais'],
  ['filter-category', ''],
  ['filter-retailer', 'Monoprix'],
  ['filter-retailer', 'Carrefour'],
  ['filter-channel', 'partner'],
  ['filter-region', 'Nord-Est'],
  ['filter-category', 'Boissons'],
  ['filter-channel', ''],
  ['filter-region', ''],
  ['filter-category', ''],
];
const WARMUP_CHANGES = 3;
/**
 * The changes above are made twice: 29 timed changes. With one pass (13), the nearest-rank p95
 * was the slowest change, so one garbage collection or one busy moment of this shared 2-core
 * machine decided it; with 29 it is the second slowest. The report names the slowest changes.
 */
const PASSES = 2;

/** The select changes above, each timed to "every panel updated", with DuckDB's worker messages counted. */
export async function timedFilterChanges(page: Page): Promise<FilterChangeFigures> {
  const samples: number[] = [];
  const trips: number[] = [];
  const states: string[] = [];
  const changes: { change: string; ms: number }[] = [];
  const sequence = Array.from({ length: PASSES }, () => FILTER_CHANGES).flat();
  for (const [index, [testId, value]] of sequence.entries()) {
    const before = await readWorkerMessages(page);
    const { ms, state } = await timeFilterChange(page, testId, value);
    const after = await readWorkerMessages(page);
    states.push(state);
    if (index >= WARMUP_CHANGES && state === 'ready') {
      samples.push(ms);
      trips.push(after - before);
      changes.push({ change: `${testId}=${value}`, ms });
    }
  }
  const summary = summarize(samples);
  return { p50: summary.median, p95: summary.p95, summary, states, roundTrips: summarize(trips), changes };
}

export interface SampleSession {
  rows: number;
  filterChange: FilterChangeFigures;
  memory: SessionMemory | null;
  engine: string;
}

/**
 * Once the page has settled, its service worker caches the app shell (DuckDB's 34 MB WASM, the
 * bundled database file: 60 MB for the large sample) on the same two cores: filter changes are
 * timed after it, as on the 1M upload (whose 15 s upload outlasts it), not during it.
 */
async function shellCached(page: Page): Promise<void> {
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 120_000))]).then(() => undefined));
}

export interface LargeSession {
  rows: number;
  /** Opening the page → every panel live (the database file downloaded, attached and copied). */
  openMs: number | null;
  filterChange: FilterChangeFigures;
  /** DuckDB's WASM linear memory after the filter changes. */
  memoryBytes: number | null;
  engine: string;
}

/** Cible built with the large sample: opened once, then the same filter changes as the 1M upload. */
async function largeSession(dist: string, rows: number, log: (line: string) => void): Promise<LargeSession> {
  const server = await startStaticServer({ root: dist });
  const app = await openApp({ baseUrl: server.url, initScript: PROBE_SCRIPT });
  try {
    const { page } = app;
    log(`  ${rows.toLocaleString('en')} rows (the sample's database file replaced): opening …`);
    if ((await waitForEngine(page, 20 * 60_000)) !== 'ready') throw new Error('the large sample: the page ended in error');
    await waitForMark(page, 'allReady', TIMEOUT);
    const openMs = (await readMarks(page)).allReady ?? null;
    await shellCached(page);
    log(`  ${rows.toLocaleString('en')} rows: ${FILTER_CHANGES.length} filter changes × ${PASSES} …`);
    const filterChange = await timedFilterChanges(page);
    const memoryBytes = await duckdbWorkerMemory(app);
    failIfDirty(app, 'large sample');
    return { rows, openMs, filterChange, memoryBytes, engine: await footerText(app) };
  } finally {
    await app.close();
    await server.close();
  }
}

/** The default link (the bundled sample): filter changes, then the long-session memory probe. */
async function sampleSession(server: StaticServer, memoryChanges: number, log: (line: string) => void): Promise<SampleSession> {
  const app = await openApp({ baseUrl: server.url, initScript: PROBE_SCRIPT });
  try {
    const { page } = app;
    if ((await waitForEngine(page, TIMEOUT)) !== 'ready') throw new Error('sample: the page ended in error');
    await shellCached(page);
    log(`  sample (200k rows): ${FILTER_CHANGES.length} filter changes × ${PASSES} …`);
    const filterChange = await timedFilterChanges(page);
    let memory: SessionMemory | null = null;
    if (memoryChanges > 0) {
      log(`  sample: ${memoryChanges} filter changes for the memory probe …`);
      memory = await memoryAfterChanges(app, memoryChanges, FILTER_CHANGES, () => duckdbWorkerMemory(app));
    }
    failIfDirty(app, 'sample');
    return { rows: 200_000, filterChange, memory, engine: await footerText(app) };
  } finally {
    await app.close();
  }
}

async function duckdbWorkerMemory(app: OpenedApp): Promise<number | null> {
  for (const worker of app.page.workers()) {
    if (!/duckdb-browser-(eh|mvp|coi)\.worker/.test(worker.url())) continue;
    // DuckDB-WASM's worker keeps its bindings in a global; its heap is the WASM linear memory.
    return worker.evaluate(
      () => (globalThis as unknown as { DUCKDB_BINDINGS?: { mod?: { HEAPU8?: Uint8Array } } }).DUCKDB_BINDINGS?.mod?.HEAPU8?.buffer.byteLength ?? null,
    );
  }
  return null;
}

/** Uploads the 1M-row (≈100 MB) export through the Data page, then times filter changes on it. */
async function uploadAndFilter(server: StaticServer, file: string, log: (line: string) => void): Promise<UploadFigures> {
  const app = await openApp({ baseUrl: server.url, hash: 'view=data', initScript: PROBE_SCRIPT });
  try {
    const { page } = app;
    const bytes = readFileSync(file).length;
    log(`  uploading ${path.basename(file)} (${(bytes / 1e6).toFixed(0)} MB) on the Data page …`);
    await page.locator('[data-testid="upload-input"]').waitFor({ timeout: TIMEOUT });
    const start = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="upload-input"]').setInputFiles(file);
    await page.locator('[data-testid="map-revenue_eur"]').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-testid="ingest-confirm"]').click({ timeout: TIMEOUT });
    await page.locator('[data-testid="ingest-report"]').waitFor({ timeout: 20 * 60_000 });
    const end = await page.evaluate(() => performance.now());
    const loaded = Number(await page.locator('[data-testid="ingest-report"]').getAttribute('data-rows-loaded'));
    if (loaded !== SIZES['1M']) throw new Error(`the upload loaded ${loaded} rows, not ${SIZES['1M']}`);
    const tasks = (await readLongTasks(page)).filter((t) => t.start >= start && t.start <= end);
    const upload = {
      file: path.basename(file),
      bytes,
      rows: loaded,
      ms: end - start,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      tasksOver200ms: tasks.filter((t) => t.duration > 200).length,
    };
    log(`  opening the uploaded dataset, then ${FILTER_CHANGES.length} filter changes × ${PASSES} …`);
    await page.locator('[data-testid="open-dataset"]').click();
    if ((await waitForEngine(page, TIMEOUT)) !== 'ready') throw new Error('the uploaded dataset did not open');
    const filterChange = await timedFilterChanges(page);
    const memoryBytes = await duckdbWorkerMemory(app);
    failIfDirty(app, 'upload');
    return { upload, filterChange, memoryBytes, engine: await footerText(app) };
  } finally {
    await app.close();
  }
}

/** The bare page loads the 10M-row export the way Cible loads files (a registered buffer + read_csv). */
async function bareTenMillion(server: StaticServer, file: string, log: (line: string) => void): Promise<{ bytes: number | null; rows: number | null }> {
  const link = path.join(DUCKDB_REFERENCE, path.basename(file));
  rmSync(link, { force: true });
  symlinkSync(file, link);
  log(`  bare DuckDB-WASM page loading ${path.basename(file)} for its memory …`);
  const app = await openApp({ baseUrl: `${server.url}?csv=${encodeURIComponent(path.basename(file))}`, initScript: PROBE_SCRIPT });
  try {
    await app.page.waitForFunction(() => document.body.dataset.loadedRows ?? document.body.dataset.error, undefined, { timeout: 10 * 60_000, polling: 500 });
    const error = await app.page.evaluate(() => document.body.dataset.error ?? null);
    if (error) throw new Error(`bare page, 10M rows: ${error}`);
    const rows = Number(await app.page.evaluate(() => document.body.dataset.loadedRows));
    return { bytes: await duckdbWorkerMemory(app), rows };
  } finally {
    await app.close();
    rmSync(link, { force: true });
  }
}

export interface BrowserBenchOptions {
  runs: number;
  /** The 1M-row export (uploaded through the UI); null skips the upload benches. */
  upload: string | null;
  /** The 10M-row export for the bare page's memory; null skips it. */
  tenMillion: string | null;
  /** Run the session on the bundled sample, with this many filter changes for the memory probe (0: none). */
  sample: { memoryChanges: number } | null;
  /** Cible built with a large sample (large-sample.ts) and its row count; null skips it. */
  large?: { dist: string; rows: number } | null;
  log: (line: string) => void;
}

export async function runBrowserBench({ runs, upload, tenMillion, sample, large = null, log }: BrowserBenchOptions): Promise<BrowserBenchResult> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: build first');
  const servers = await startServers();
  try {
    log('Browser (headless Chromium, loopback)');
    const browserVersion = await chromiumVersion();
    const firstPaintResult = await firstPaint(servers, ['cible', 'static', 'bare', 'bareFile', 'cibleThreads'], runs, log);
    const sampleResult = sample
      ? await sampleSession(servers.cible, sample.memoryChanges, log).catch((error: unknown) => {
          log(`  sample session failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          return null;
        })
      : null;
    const uploads: BrowserBenchResult['uploads'] = {};
    if (upload) {
      for (const page of ['cible', 'cibleThreads'] as const) {
        log(`  ${page === 'cible' ? 'plain host (eh)' : 'COOP/COEP (coi, threads)'}:`);
        uploads[page] = await uploadAndFilter(servers[page], upload, log);
      }
    }
    const largeResult = large
      ? await largeSession(large.dist, large.rows, log).catch((error: unknown) => {
          log(`  large sample session failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          return null;
        })
      : null;
    const bare10M = tenMillion ? await bareTenMillion(servers.bare, tenMillion, log) : { bytes: null, rows: null };
    return {
      chromium: browserVersion,
      firstPaint: firstPaintResult,
      uploads,
      memory: { bare10MBytes: bare10M.bytes, bare10MRows: bare10M.rows },
      sample: sampleResult,
      large: largeResult,
      js: jsSizes(DIST),
    };
  } finally {
    for (const server of Object.values(servers)) await server.close();
  }
}

async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
