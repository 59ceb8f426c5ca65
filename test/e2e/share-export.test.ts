// End-to-end: a copied link opens the same view in a fresh browser; a chart's CSV export
// re-uploads to the same total; the briefing prints on one A4 landscape page.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { openApp, screenshot, SCREENSHOT_DIR, waitForEngine, waitForEngineAfter } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const KPIS = ['kpi-actual', 'kpi-target', 'kpi-attainment', 'kpi-gap', 'kpi-projection'];
const FILTERS = ['filter-from', 'filter-to', 'filter-retailer', 'filter-channel', 'filter-region', 'filter-category', 'dataset-select'];

async function snapshot(page: Page): Promise<Record<string, string | null>> {
  const values: Record<string, string | null> = {};
  for (const id of KPIS) values[id] = await page.locator(`[data-testid="${id}"]`).getAttribute('data-value');
  for (const id of FILTERS) values[id] = await page.locator(`[data-testid="${id}"]`).inputValue();
  return values;
}

describe('share links, exports and print (built app in Chromium)', () => {
  let server: StaticServer;

  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html is missing: build first.`);
    server = await startStaticServer({ root: DIST });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a copied link opens the same KPIs and filters in a fresh browser', async () => {
    const sender = await openApp({ baseUrl: server.url, hash: 'dataset=sample&from=2021-01-01&to=2021-06-30' });
    let link = '';
    let seen: Record<string, string | null> = {};
    try {
      const { page } = sender;
      expect(await waitForEngine(page)).toBe('ready');
      await waitForEngineAfter(page, () => page.locator('[data-testid="filter-channel"]').selectOption('voice'));
      await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      await page.locator('[data-testid="share-link"]').click();
      await expect.poll(() => page.locator('.share-status').innerText()).toBe('Link copied');
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain('channel=voice');
      seen = await snapshot(page);
      expect(seen['kpi-actual']).not.toBeNull();
    } finally {
      await sender.close();
    }
    const [base, hash] = link.split('#');
    const viewer = await openApp({ baseUrl: base!, hash: hash! });
    try {
      expect(await waitForEngine(viewer.page)).toBe('ready');
      expect(await snapshot(viewer.page)).toEqual(seen);
    } finally {
      await viewer.close();
    }
  });

  test('a chart exported as CSV re-uploads to the same total; the briefing prints on one page', async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31' });
    try {
      const { page } = app;
      expect(await waitForEngine(page)).toBe('ready');
      const actual = Number(await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="chart-channel-mix"] [data-testid="export-csv"]').click()]);
      const file = path.join(SCREENSHOT_DIR, 'export-channel-mix.csv');
      await download.saveAs(file);
      const { report, csv } = await prepareIngest({ fileName: 'export-channel-mix.csv', bytes: new Uint8Array(readFileSync(file)), kind: 'table' });
      expect(report.refused).toBe(false);
      expect(report.settings.encoding).toBe('utf-8-bom');
      const revenueIndex = report.headers.indexOf('revenue_eur');
      const total = csv.trim().split('\n').slice(1).reduce((sum, line) => sum + Number(line.split(',')[revenueIndex]), 0);
      expect(Math.abs(total - actual)).toBeLessThan(0.01);

      const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="chart-revenue-by-channel"] [data-testid="export-svg"]').click()]);
      expect(svg.suggestedFilename()).toBe('cible-revenue-by-channel.svg');

      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'print-briefing');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(path.join(SCREENSHOT_DIR, 'print-briefing.pdf'), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(1);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
