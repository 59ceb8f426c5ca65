// End-to-end faults in real Chromium: the DuckDB worker is killed while the dashboard is open
// (bundled data, an upload kept in this browser, data carried by a link) and the page says so,
// restarts the engine and shows the same numbers again; two tabs on one stored dataset: one
// appends, the other follows, and both end with the whole new version after a reload.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { canonicalFilesToText } from '../../src/ingest/load-ingest';
import { encodeEmbedded } from '../../src/state/embedded-data';
import { bundledFiles } from '../support/node-engine';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine, type OpenedApp } from './browser';
import { recordBrowserFigures } from './reliability-counts';

const KPIS = ['kpi-actual', 'kpi-target', 'kpi-attainment', 'kpi-gap', 'kpi-projection'];

const SALES = 'Date,Enseigne,Canal,CA\n2022-01-15,Carrefour,web,1000.50\n2022-02-15,Carrefour,voice,200.25\n';
const MORE_SALES = 'Date,Enseigne,Canal,CA\n2022-03-15,Carrefour,partner,300\n';

async function kpiValues(page: Page): Promise<Record<string, string | null>> {
  await page.locator('[data-testid="kpi-actual"][data-value]').waitFor({ timeout: 60_000 });
  const values: Record<string, string | null> = {};
  for (const id of KPIS) values[id] = await page.locator(`[data-testid="${id}"]`).getAttribute('data-value');
  return values;
}

/** Closes the DuckDB worker from inside, as a crash would: no error event, calls never answered. */
async function killDuckDbWorker(page: Page): Promise<void> {
  const workers = page.workers().filter((w) => /duckdb-browser-(eh|mvp)\.worker/.test(w.url()));
  expect(workers, 'one DuckDB worker is running').toHaveLength(1);
  await workers[0]!.evaluate(() => (self as unknown as { close(): void }).close());
}

/** Kills the worker, waits for the notice and for the page to be ready again with the same KPIs. */
async function expectRecovery(app: OpenedApp, name: string): Promise<void> {
  const { page } = app;
  expect(await waitForEngine(page)).toBe('ready');
  const before = await kpiValues(page);
  expect(before['kpi-actual']).not.toBeNull();
  await killDuckDbWorker(page);
  const notice = page.locator('[data-testid="engine-restart"]');
  await notice.waitFor({ timeout: 60_000 });
  await expect.poll(() => notice.getAttribute('data-state'), { timeout: 90_000 }).toBe('restarted');
  expect(await notice.innerText()).toMatch(/The database engine stopped \(no answer for \d+ s\)/);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.engine), { timeout: 90_000 }).toBe('ready');
  await expect.poll(() => kpiValues(page), { timeout: 60_000 }).toEqual(before);
  // A new worker took the old one's place.
  expect(page.workers().filter((w) => /duckdb-browser-(eh|mvp)\.worker/.test(w.url()))).toHaveLength(1);
  await screenshot(page, name);
  expectCleanRun(app);
}

async function upload(page: Page, name: string, text: string, target: { name: string } | 'append'): Promise<void> {
  await page.locator('[data-testid="nav-data"]').click();
  await page.locator('[data-testid="upload-input"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.locator('[data-testid="file-card"] .preview-table').waitFor({ timeout: 30_000 });
  if (target === 'append') await page.locator('input[type="radio"][name="target"]').nth(1).check();
  else await page.locator('[data-testid="dataset-name"]').fill(target.name);
  await page.locator('[data-testid="ingest-confirm"]').click();
  await page.locator('[data-testid="open-dataset"]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="open-dataset"]').click();
  expect(await waitForEngine(page)).toBe('ready');
}

describe('faults (built app in Chromium)', () => {
  const server = serveBuiltSite();
  const opened: OpenedApp[] = [];

  afterAll(() => recordBrowserFigures('crash-recovery', opened));

  async function open(hash: string): Promise<OpenedApp> {
    const app = await openApp({ baseUrl: server.url, hash });
    opened.push(app);
    return app;
  }

  test('the DuckDB worker killed on the bundled sample: the page says so and comes back with the same numbers', async () => {
    const app = await open('dataset=sample&from=2022-01-01&to=2022-12-31');
    try {
      await expectRecovery(app, 'crash-recovery-sample');
    } finally {
      await app.close();
    }
  });

  // Two pages and two restarts, each waiting out the heartbeat: a hang guard of its own, not a speed limit.
  test('the DuckDB worker killed on an uploaded dataset and on a link carrying data: both reload from their stored copies', { timeout: 240_000 }, async () => {
    const app = await open('view=data');
    try {
      await upload(app.page, 'ventes-crash.csv', SALES, { name: 'Crash test' });
      expect(await app.page.locator('[data-testid="kpi-actual"]').getAttribute('data-value')).toBe('1200.75');
      await expectRecovery(app, 'crash-recovery-upload');
    } finally {
      await app.close();
    }
    const payload = await encodeEmbedded({ name: 'Linked', files: canonicalFilesToText(bundledFiles('public')) });
    const linked = await open(`data=${payload}&retailer=Carrefour&from=2022-01-01&to=2022-12-31`);
    try {
      await expectRecovery(linked, 'crash-recovery-link');
      expect(await linked.page.locator('[data-testid="kpi-actual"]').getAttribute('data-value')).toBe('4200000000');
    } finally {
      await linked.close();
    }
  });

  test('two tabs on one stored dataset: one appends, the other follows at once, and both read the whole new version after a reload', async () => {
    const app = await open('view=data');
    try {
      const tabA = app.page;
      await upload(tabA, 'ventes-a.csv', SALES, { name: 'Shared' });
      const datasetId = await tabA.locator('[data-testid="dataset-select"]').inputValue();
      const tabB = await app.context.newPage();
      await tabB.goto(`${server.url}#dataset=${datasetId}`);
      expect(await waitForEngine(tabB)).toBe('ready');
      expect(await tabB.locator('[data-testid="kpi-actual"]').getAttribute('data-value')).toBe('1200.75');

      await upload(tabA, 'ventes-b.csv', MORE_SALES, 'append');
      expect(await tabA.locator('[data-testid="kpi-actual"]').getAttribute('data-value')).toBe('1500.75');
      // Tab B was told by the other tab and reloaded the dataset from storage, without a page reload.
      await expect.poll(() => tabB.locator('[data-testid="kpi-actual"]').getAttribute('data-value'), { timeout: 60_000 }).toBe('1500.75');
      await screenshot(tabB, 'two-tabs-follower');

      for (const tab of [tabA, tabB]) {
        await tab.reload({ waitUntil: 'domcontentloaded' });
        expect(await waitForEngine(tab)).toBe('ready');
        expect(await tab.locator('[data-testid="kpi-actual"]').getAttribute('data-value')).toBe('1500.75');
      }
      await tabB.locator('[data-testid="nav-data"]').click();
      const stored = tabB.locator(`[data-testid="stored-dataset"][data-dataset-id="${datasetId}"]`);
      await stored.waitFor({ timeout: 30_000 });
      expect(await stored.innerText()).toMatch(/\b3 sales rows\b/);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
