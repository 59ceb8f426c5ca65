// End-to-end: the default view paints from the numbers computed at build time while DuckDB
// starts, then the same numbers arrive live (no blank, no change); other views never show them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

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

/** Holds DuckDB's WASM download until released: the page stays in its pre-engine state. */
function holdEngine() {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const route = async (context: BrowserContext) => {
    await context.route(/\.wasm$/, async (request) => {
      await gate;
      await request.continue();
    });
  };
  return { route, release: () => release() };
}

describe('first paint from the build-time snapshot (built app in Chromium)', () => {
  let server: StaticServer;

  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html is missing: build first.`);
    server = await startStaticServer({ root: DIST });
  });
  afterAll(async () => {
    await server?.close();
  });

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

  test('a link to another slice waits for live numbers: build-time ones are never shown for it', async () => {
    const engine = holdEngine();
    const app = await openApp({ baseUrl: server.url, hash: 'dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31', initScript: TRACE_KPI, beforeOpen: engine.route });
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
});
