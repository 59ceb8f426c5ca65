// End-to-end: the default view paints from the numbers computed at build time while DuckDB
// starts, then the same numbers arrive live (no blank, no change); other views never show them.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatEuroCompact } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import { readDatasetFacets } from '../../src/queries/dataset-facets';
import { withDefaultPeriod } from '../../src/state/default-period';
import { shellQueries } from '../../src/queries/overview-queries';
import { overviewAnswersFrom } from '../../src/session/overview-client';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { decodeResult, parseSnapshot, snapshotKey, SNAPSHOT_ELEMENT_ID } from '../../src/state/first-paint-snapshot';
import { DIST, serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine, waitForEngineAfter } from './browser';

interface TraceWindow {
  __kpiTrace: { value: string | null; snapshot: boolean }[];
}

// Every state the actual-revenue KPI goes through, from the first DOM node on.
const TRACE_KPI = `(() => {
  const seen = [];
  window.__kpiTrace = seen;
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid="kpi-actual"]');
    const value = el ? el.getAttribute('data-value') : null;
    const snapshot = Boolean(el && el.closest('[data-snapshot]'));
    const last = seen[seen.length - 1];
    if (!last || last.value !== value || last.snapshot !== snapshot) seen.push({ value, snapshot });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'data-snapshot'] });
})();`;

/** Holds the requests for these files until released (the page waits for them meanwhile). */
function holdRequests(files: RegExp) {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const route = async (context: BrowserContext) => {
    await context.route(files, async (request) => {
      await gate;
      await request.continue();
    });
  };
  return { route, release: () => release() };
}

/** Holds DuckDB's WASM download until released: the page stays in its pre-engine state. */
function holdEngine() {
  return holdRequests(/\.wasm$/);
}

/** Holds every script file: the page is its HTML (and CSS) alone, with its one inline script. */
function holdScripts() {
  return holdRequests(/\.js$/);
}

/** The actual revenue the build put into dist/index.html's snapshot, in euros. */
function snapshotActual(): number {
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const text = html.match(new RegExp(`<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">(.*?)</script>`, 's'))?.[1];
  const results = parseSnapshot(text)?.results ?? {};
  const facetsQuery = shellQueries(DEFAULT_FILTERS).facets;
  const facets = results[snapshotKey(DEFAULT_FILTERS.dataset, facetsQuery.sql, facetsQuery.params)];
  if (!facets) throw new Error('dist/index.html carries no first-paint snapshot of the facets');
  // The default view covers the data's last year, as the page resolves it (state/default-period.ts).
  const view = withDefaultPeriod(DEFAULT_FILTERS, readDatasetFacets(decodeResult(facets)).lastDate);
  const stored = (query: { sql: string; params: readonly unknown[] }) => {
    const encoded = results[snapshotKey(DEFAULT_FILTERS.dataset, query.sql, query.params as never)];
    return encoded ? decodeResult(encoded) : undefined;
  };
  const answers = overviewAnswersFrom(stored, view);
  if (!answers) throw new Error('dist/index.html carries no first-paint snapshot of the overview');
  const actual = answers.kpis.actual;
  if (actual === null) throw new Error('the snapshot has no actual revenue');
  return actual;
}

/** Whether any of the page's own scripts ran (main.tsx marks <html data-engine> first thing). */
function appScriptRan(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.dataset.engine !== undefined);
}

describe('first paint from the build-time snapshot (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test('the default view shows its KPIs and charts before DuckDB is up, marked as build-time, then the same numbers live', async () => {
    const engine = holdEngine();
    const app = await openApp({ baseUrl: server.url, initScript: TRACE_KPI, beforeOpen: engine.route });
    try {
      const { page } = app;
      const early = page.locator('[data-snapshot] [data-testid="kpi-actual"]');
      await early.waitFor({ timeout: 30_000 });
      const snapshotValue = Number(await early.getAttribute('data-value'));
      expect(snapshotValue).toBeGreaterThan(1e9); // Carrefour's e-commerce, in euros
      await page.locator('[data-testid="snapshot-badge"]').waitFor({ state: 'visible' });
      // The charts paint from the snapshot too: bars on the trend chart, a line on the goal chart.
      await page.locator('[data-testid="chart-revenue-by-channel"] .recharts-bar-rectangle').first().waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="chart-goal-progress"] .recharts-line').first().waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('loading');
      expect(await page.locator('.page-footer').innerText()).not.toContain('DuckDB v');
      await screenshot(page, 'first-paint-snapshot');

      engine.release();
      expect(await waitForEngine(page)).toBe('ready');
      expect(await page.locator('[data-snapshot]').count()).toBe(0);
      expect(await page.locator('[data-testid="snapshot-badge"]').count()).toBe(0);
      expect(Number(await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value'))).toBe(snapshotValue);
      // Once shown, the KPI never blanked nor changed: build-time and live numbers are the same.
      const trace = await page.evaluate(() => (window as unknown as TraceWindow).__kpiTrace);
      const shown = trace.slice(trace.findIndex((t) => t.value));
      expect(shown.map((t) => t.value)).toEqual(shown.map(() => String(snapshotValue)));
      expect(shown.map((t) => t.snapshot)).toEqual([true, false]);
      await screenshot(page, 'first-paint-live');
      expectCleanRun(app);
    } finally {
      engine.release();
      await app.close();
    }
  });

  test('a filter change on the live page keeps its KPIs on screen, never blank nor marked as build-time figures, not even for a moment', async () => {
    const app = await openApp({ baseUrl: server.url, initScript: TRACE_KPI });
    try {
      const { page } = app;
      expect(await waitForEngine(page)).toBe('ready');
      for (const [testId, value] of [
        ['filter-channel', 'web'],
        ['filter-channel', ''],
      ] as const) {
        await page.evaluate(() => ((window as unknown as TraceWindow).__kpiTrace.length = 0));
        const select = page.locator(`select[data-testid="${testId}"], [data-testid="${testId}"] select`).first();
        expect(await waitForEngineAfter(page, () => select.selectOption(value))).toBe('ready');
        const trace = await page.evaluate(() => (window as unknown as TraceWindow).__kpiTrace);
        // The KPI changed (web alone is less than every channel) and was live throughout.
        expect(trace.length, `${testId}=${value}`).toBeGreaterThan(0);
        expect(
          trace.filter((t) => t.snapshot || t.value === null),
          `${testId}=${value}: ${JSON.stringify(trace)}`,
        ).toEqual([]);
      }
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('a link to another slice waits for live numbers: build-time ones are never shown for it', async () => {
    const engine = holdEngine();
    const app = await openApp({
      baseUrl: server.url,
      hash: 'dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31',
      initScript: TRACE_KPI,
      beforeOpen: engine.route,
    });
    try {
      const { page } = app;
      await page.locator('.kpi-placeholder').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="kpi-actual"]').count()).toBe(0);
      engine.release();
      expect(await waitForEngine(page)).toBe('ready');
      expect(Number(await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value'))).toBeCloseTo(4.2e9, 0);
      const trace = await page.evaluate(() => (window as unknown as TraceWindow).__kpiTrace);
      expect(trace.some((t) => t.snapshot)).toBe(false);
      expectCleanRun(app);
    } finally {
      engine.release();
      await app.close();
    }
  });

  // The default view's KPIs are in index.html itself (src/cli/first-paint-markup.tsx): with every
  // script file held back, the HTML alone paints them, in the page's language; React then
  // renders the very same pixels, and DuckDB the same numbers.
  test.each([
    { locale: 'en-GB', hash: '', lang: 'en' as Locale },
    { locale: 'fr-FR', hash: '', lang: 'fr' as Locale },
    { locale: 'en-GB', hash: 'lang=fr&view=overview', lang: 'fr' as Locale },
  ])('with no script file loaded, the HTML alone shows the default KPIs ($locale, #$hash), then React and DuckDB the same', async ({ locale, hash, lang }) => {
    const scripts = holdScripts();
    const engine = holdEngine();
    const app = await openApp({
      baseUrl: server.url,
      locale,
      hash,
      initScript: TRACE_KPI,
      waitUntil: 'commit',
      beforeOpen: async (context) => {
        await scripts.route(context);
        await engine.route(context);
      },
    });
    try {
      const { page } = app;
      const actual = snapshotActual();
      const kpi = page.locator('[data-testid="kpi-actual"]');
      await kpi.waitFor({ timeout: 30_000 });
      // The browser paints nothing before the render-blocking stylesheet, but a script's reads
      // lay the page out with whatever has arrived: read the static copy as it is first painted.
      await page.waitForFunction(
        () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet !== null),
        undefined,
        { timeout: 30_000 },
      );
      expect(await appScriptRan(page)).toBe(false);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await kpi.locator('.kpi-value').innerText()).toBe(formatEuroCompact(actual, lang));
      expect(await kpi.getAttribute('data-value')).toBe(String(actual));
      expect(await page.locator('.kpi-block[data-snapshot="build"] [data-testid="snapshot-badge"]').isVisible()).toBe(true);
      for (const id of ['kpi-target', 'kpi-attainment', 'kpi-gap', 'kpi-projection'])
        expect(await page.locator(`[data-testid="${id}"]`).isVisible()).toBe(true);
      const staticText = await page.locator('.kpi-block').innerText();
      const staticBox = await page.locator('.kpi-block').boundingBox();
      const staticPixels = await page.locator('.kpi-block').screenshot({ caret: 'initial' });
      await screenshot(page, `first-paint-html-only-${locale}${hash ? '-hash' : ''}`);

      // The scripts arrive: React replaces the copy with its own render, from the same snapshot.
      scripts.release();
      await page.locator('.shell:not([inert]) [data-snapshot] [data-testid="kpi-actual"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('.shell[inert]').count()).toBe(0);
      expect(await page.locator('.kpi-block').boundingBox()).toEqual(staticBox);
      expect(await page.locator('.kpi-block').innerText()).toBe(staticText);
      // Not a pixel differs: nothing flashes or moves when React takes over.
      expect((await page.locator('.kpi-block').screenshot({ caret: 'initial' })).equals(staticPixels)).toBe(true);

      engine.release();
      expect(await waitForEngine(page)).toBe('ready');
      expect(await page.locator('[data-snapshot]').count()).toBe(0);
      expect(await kpi.locator('.kpi-value').innerText()).toBe(formatEuroCompact(actual, lang));
      expect(await kpi.getAttribute('data-value')).toBe(String(actual));
      const trace = await page.evaluate(() => (window as unknown as TraceWindow).__kpiTrace);
      const shown = trace.slice(trace.findIndex((t) => t.value));
      expect(shown.map((t) => t.value)).toEqual(shown.map(() => String(actual)));
      expect(shown.map((t) => t.snapshot)).toEqual([true, false]);
      expectCleanRun(app);
    } finally {
      scripts.release();
      engine.release();
      await app.close();
    }
  });

  // A page whose scripts never come (blocked, stripped by a filtering proxy): the parser finishes
  // in one go and DOMContentLoaded follows at once, and the copy must be in place all the same.
  test('when the page carries no script file at all, the default KPIs from the HTML are still on screen', async () => {
    const app = await openApp({
      baseUrl: server.url,
      locale: 'fr-FR',
      beforeOpen: async (context) => {
        await context.route(
          (url) => url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'),
          async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '');
            await route.fulfill({ response, body });
          },
        );
      },
    });
    try {
      const { page } = app;
      await page.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: 30_000 });
      expect(await appScriptRan(page)).toBe(false);
      const kpi = page.locator('[data-testid="kpi-actual"]');
      expect(await kpi.isVisible()).toBe(true);
      expect(await kpi.locator('.kpi-value').innerText()).toBe(formatEuroCompact(snapshotActual(), 'fr'));
      expect(await page.locator('.kpi-block[data-snapshot="build"] [data-testid="snapshot-badge"]').isVisible()).toBe(true);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('with no script file loaded, a link to other figures or another view shows no KPI at all', async () => {
    const scripts = holdScripts();
    const app = await openApp({ baseUrl: server.url, initScript: TRACE_KPI, waitUntil: 'commit', beforeOpen: scripts.route });
    try {
      const { page } = app;
      const open = async (hash: string) => {
        // A new document each time: a change of fragment alone would not reload the page.
        await page.goto('about:blank');
        await page.goto(`${server.url}#${hash}`, { waitUntil: 'commit' });
        // Parsed to the end (readyState leaves "loading" before the held module script runs).
        await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelector('noscript') !== null, undefined, { timeout: 30_000 });
        expect(await appScriptRan(page)).toBe(false);
      };
      for (const hash of [
        'retailer=Monoprix',
        'dataset=public',
        'lang=fr&from=2020-01-01',
        'basis=net',
        'target=original',
        'view=data',
        'view=competition',
        'view=console',
        'lang=de',
      ]) {
        await open(hash);
        expect(await page.locator('[data-testid^="kpi-"]').count(), hash).toBe(0);
        expect(await page.locator('#root .boot-message').isVisible(), hash).toBe(true);
        const trace = await page.evaluate(() => (window as unknown as TraceWindow).__kpiTrace);
        expect(
          trace.some((t) => t.value !== null),
          hash,
        ).toBe(false);
      }
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      // The same check on a link at the defaults does see them (the check above can fail).
      await open('view=overview&lang=en');
      expect(await page.locator('[data-testid="kpi-actual"]').isVisible()).toBe(true);
    } finally {
      scripts.release();
      await app.close();
    }
  });
});
