// Browser helpers for the end-to-end tests: a system Chromium driven by playwright-core
// (no Playwright browser download), one fresh profile per app opening.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Download, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

export type EngineState = 'ready' | 'error';

export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox', // CI containers run as root, where the sandbox cannot start
  '--disable-gpu',
  '--disable-quic',
  // Keep Chromium itself quiet on the network, so foreignRequests only sees the app.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface OpenAppOptions {
  /** The served mount point, e.g. `http://127.0.0.1:4321/reports/cible/`. */
  baseUrl: string;
  /** URL fragment, with or without the leading `#`. */
  hash?: string;
  /** BCP 47 locale; sets navigator.language(s) and Accept-Language. Default `en-GB`. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** The system's colour scheme the page sees (prefers-color-scheme). Default `light`. */
  colorScheme?: 'light' | 'dark';
  /** Script run in every page before its own scripts (the benchmark's timing probes). */
  initScript?: string;
  /** Runs on the fresh context before the page opens, e.g. to route requests. */
  beforeOpen?: (context: BrowserContext) => Promise<void>;
  /**
   * When `openApp` returns: once the page's scripts ran (`domcontentloaded`, the default), or as
   * soon as its HTML started to arrive (`commit`), for a test that holds the scripts back.
   */
  waitUntil?: 'domcontentloaded' | 'commit';
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  /** Console messages of type `error` and uncaught page errors, from pages and workers. */
  consoleErrors: string[];
  /** Requests to any origin other than the served one (data: and blob: are not counted). */
  foreignRequests: string[];
  /** Requests that failed at the network level or were answered with a status >= 400. */
  failedRequests: string[];
  close(): Promise<void>;
}

export async function openApp({
  baseUrl,
  hash,
  locale = 'en-GB',
  viewport = { width: 1440, height: 1000 },
  colorScheme = 'light',
  initScript,
  beforeOpen,
  waitUntil = 'domcontentloaded',
}: OpenAppOptions): Promise<OpenedApp> {
  const origin = new URL(baseUrl).origin;
  // A persistent context on a brand-new directory: no cache, storage or service worker
  // survives from an earlier run, so every test sees a first visit.
  const profileDir = mkdtempSync(path.join(tmpdir(), 'cible-e2e-'));
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const failedRequests: string[] = [];

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      locale,
      viewport,
      colorScheme,
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }

  // Context-level listeners also cover the DuckDB worker and any popup.
  context.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    // `||`, not `??`: errors thrown across the page boundary can arrive with an empty stack.
    consoleErrors.push(`pageerror: ${error.stack || `${error.name}: ${error.message}`}`);
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(`${request.method()} ${url}`);
  });
  context.on('requestfailed', (request) => {
    // ERR_ABORTED means the page itself cancelled the request, not that serving failed. It was
    // seen once, on the .wasm fetch during a dataset switch (cause inside DuckDB-WASM / Chromium
    // not established). Every other network error and every HTTP status >= 400 still fails.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    failedRequests.push(`${request.method()} ${request.url()} ${request.failure()?.errorText ?? 'failed'}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.request().method()} ${response.url()} ${response.status()}`);
  });

  const close = async () => {
    try {
      await context.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  };

  try {
    // A persistent context opens with one blank tab; use it rather than a second one.
    if (initScript) await context.addInitScript(initScript);
    await beforeOpen?.(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const fragment = hash ? (hash.startsWith('#') ? hash : `#${hash}`) : '';
    await page.goto(`${baseUrl}${fragment}`, { waitUntil, timeout: 60_000 });
    return { page, context, consoleErrors, foreignRequests, failedRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Waits until `<html data-engine>` is `ready` or `error` (the app sets it once every panel
 * of the view has answered, or one failed) and returns it.
 */
export async function waitForEngine(page: Page, timeout = 90_000): Promise<EngineState> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.documentElement.dataset.engine;
      return state === 'ready' || state === 'error' ? state : false;
    },
    undefined,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as EngineState;
}

interface EngineLogWindow {
  __cibleEngineLog?: string[];
  __cibleEngineActedAt?: number;
}

/**
 * Runs `action` (e.g. choosing another dataset) and waits for the page to settle again.
 *
 * A plain waitForEngine right after the action would race: `data-engine` is still `ready`
 * from before until React re-renders. So every change of the attribute is recorded from
 * just before the action, and this waits until the state has left ready/error and come
 * back. If the page never leaves ready within `graceMs` (everything answered from cache),
 * the current state is accepted.
 */
export async function waitForEngineAfter(
  page: Page,
  action: () => Promise<unknown>,
  { timeout = 90_000, graceMs = 5_000 }: { timeout?: number; graceMs?: number } = {},
): Promise<EngineState> {
  await page.evaluate(() => {
    const w = window as unknown as EngineLogWindow;
    const root = document.documentElement;
    const log: string[] = [];
    w.__cibleEngineLog = log;
    delete w.__cibleEngineActedAt;
    new MutationObserver(() => log.push(root.dataset.engine ?? '')).observe(root, {
      attributes: true,
      attributeFilter: ['data-engine'],
    });
  });
  await action();
  await page.evaluate(() => {
    (window as unknown as EngineLogWindow).__cibleEngineActedAt = Date.now();
  });
  const handle = await page.waitForFunction(
    (grace) => {
      const w = window as unknown as EngineLogWindow;
      const state = document.documentElement.dataset.engine;
      if (state !== 'ready' && state !== 'error') return false;
      const left = (w.__cibleEngineLog ?? []).some((s) => s !== 'ready' && s !== 'error');
      const graceOver = Date.now() - (w.__cibleEngineActedAt ?? Date.now()) > grace;
      return left || graceOver ? state : false;
    },
    graceMs,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as EngineState;
}

/** Saves a full-page PNG to test/e2e/screenshots/<name> (the folder is git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  // caret 'initial': hiding the caret makes Playwright inject a <style> element, which the page's
  // Content-Security-Policy refuses (and reports as a console error). A full-page capture waits
  // for a frame: in one CI run, with the ClickHouse cluster and another browser on the 2 cores, it
  // took over Playwright's 30 s (alone, the same test takes 14 s). A picture, not a speed test.
  await page.screenshot({ path: file, fullPage: true, caret: 'initial', timeout: 120_000 });
  return file;
}

/** Nothing left the served origin and nothing went wrong in the console or on the wire. */
export function expectCleanRun(app: OpenedApp): void {
  expect(app.foreignRequests, 'requests to another origin').toEqual([]);
  expect(app.consoleErrors, 'console errors').toEqual([]);
  expect(app.failedRequests, 'failed requests').toEqual([]);
}

/**
 * Clicks `target` and returns the download it starts. Chromium now and then starts no download
 * for a click that comes a few tens of milliseconds after an asynchronous download (a chart's PNG
 * export): a log in the page showed its download link clicked, and no download came, with the
 * build of stop 21 as with this one (about 1 run in 5 of the hostile-link export test). A person
 * clicks again; so does this, once, after 10 s without a download.
 */
export async function downloadFrom(page: Page, target: Locator): Promise<Download> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), target.click()]);
      return download;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}
