// End-to-end: a copied link opens the same view in a fresh browser; a chart's CSV export
// re-uploads to the same total; the briefing prints on one A4 landscape page.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { serveBuiltSite } from './built-site';
import { openApp, screenshot, SCREENSHOT_DIR, waitForEngine, waitForEngineAfter } from './browser';

const KPIS = ['kpi-actual', 'kpi-target', 'kpi-attainment', 'kpi-gap', 'kpi-projection'];
const FILTERS = [
  'filter-from',
  'filter-to',
  'filter-retailer',
  'filter-channel',
  'filter-region',
  'filter-category',
  'filter-target',
  'dataset-select',
  'trend-bucket',
];
const SERIES = ['trend-series-voice', 'trend-series-web', 'trend-series-partner'];

async function snapshot(page: Page): Promise<Record<string, string | null>> {
  const values: Record<string, string | null> = {};
  for (const id of KPIS) values[id] = await page.locator(`[data-testid="${id}"]`).getAttribute('data-value');
  for (const id of FILTERS) values[id] = await page.locator(`[data-testid="${id}"]`).inputValue();
  for (const id of SERIES) values[id] = String(await page.locator(`[data-testid="${id}"]`).isChecked());
  return values;
}

describe('share links, exports and print (built app in Chromium)', () => {
  const server = serveBuiltSite();
  /** The same build under a sub-path, as on a team's static host. */
  const subPath = serveBuiltSite({ prefix: '/team/cible/' });

  test('a copied link opens the same KPIs, filters, goal version and chart choices in a fresh browser, from a sub-path', async () => {
    const sender = await openApp({ baseUrl: subPath.url, hash: 'dataset=sample&from=2022-01-01&to=2022-06-30' });
    let link = '';
    let seen: Record<string, string | null> = {};
    try {
      const { page } = sender;
      expect(await waitForEngine(page)).toBe('ready');
      const kpiTarget = () => page.locator('[data-testid="kpi-target"]').getAttribute('data-value');
      const restated = Number(await kpiTarget());
      // Measure against the 2018 plan as it stood before the 2020 cut: the prorated target grows by 5/4.2.
      await waitForEngineAfter(page, () => page.locator('[data-testid="filter-target"]').selectOption('2018-01-23'));
      await expect.poll(async () => Number(await kpiTarget()) / restated).toBeCloseTo(5 / 4.2, 9);
      await page.locator('[data-testid="trend-bucket"]').selectOption('quarter');
      await page.locator('[data-testid="trend-series-partner"]').uncheck();
      await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(subPath.url).origin });
      await page.locator('[data-testid="share-link"]').click();
      await expect.poll(() => page.locator('.share-status').innerText()).toBe('Link copied');
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link.startsWith(subPath.url)).toBe(true);
      expect(link).toContain('to=2022-06-30');
      expect(link).toContain('target=2018-01-23');
      expect(link).toMatch(/[#&]st=v1\.[A-Za-z0-9_-]+/);
      seen = await snapshot(page);
      expect(seen['kpi-actual']).not.toBeNull();
      expect(seen['trend-series-partner']).toBe('false');
    } finally {
      await sender.close();
    }
    const [base, hash] = link.split('#');
    const viewer = await openApp({ baseUrl: base!, hash: hash! });
    try {
      expect(await waitForEngine(viewer.page)).toBe('ready');
      expect(await snapshot(viewer.page)).toEqual(seen);
      await screenshot(viewer.page, 'share-link-sub-path');
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
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid="chart-channel-mix"] [data-testid="export-csv"]').click(),
      ]);
      const file = path.join(SCREENSHOT_DIR, 'export-channel-mix.csv');
      await download.saveAs(file);
      const { report, csv } = await prepareIngest({ fileName: 'export-channel-mix.csv', bytes: new Uint8Array(readFileSync(file)), kind: 'table' });
      expect(report.refused).toBe(false);
      expect(report.settings.encoding).toBe('utf-8-bom');
      const revenueIndex = report.headers.indexOf('revenue_eur');
      const total = csv
        .trim()
        .split('\n')
        .slice(1)
        .reduce((sum, line) => sum + Number(line.split(',')[revenueIndex]), 0);
      expect(Math.abs(total - actual)).toBeLessThan(0.01);

      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid="chart-revenue-by-channel"] [data-testid="export-svg"]').click(),
      ]);
      expect(svg.suggestedFilename()).toBe('cible-revenue-by-channel.svg');
      // The legend is HTML on the page: the file draws it too, or its colours would mean nothing.
      const svgText = readFileSync(await svg.path(), 'utf8');
      const legend = await page.locator('[data-testid="chart-revenue-by-channel"] .recharts-legend-item-text').allInnerTexts();
      expect(legend.length).toBeGreaterThan(0);
      const drawn = [...svgText.matchAll(/<g class="cible-export-legend">(.*?)<\/g>/gs)].map((m) => m[1]).join('');
      for (const name of legend) expect(drawn, `legend entry ${name} in the SVG`).toContain(`>${name}</text>`);

      await page.emulateMedia({ media: 'print' });
      // Paper cannot be clicked: the sources open for printing.
      await expect.poll(() => page.locator('details.sources').getAttribute('open')).not.toBeNull();
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
