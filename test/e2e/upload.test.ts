// End-to-end: an analyst uploads a French Windows-1252 export on #view=data, checks the mapping,
// loads it, sees the overview's KPIs on the new numbers, and finds the dataset again after reload.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';

const FRENCH_EXPORT = fileURLToPath(new URL('../fixtures/ventes-fr-cp1252.csv', import.meta.url));
// Sum of the six valid rows of the fixture (two rows are rejected: 31/02 and "n/d").
const LOADED_REVENUE = 102_036.14;

async function kpiValue(page: Page, testId: string): Promise<number> {
  const locator = page.locator(`[data-testid="${testId}"][data-value]`);
  await locator.waitFor({ timeout: 60_000 });
  return Number(await locator.getAttribute('data-value'));
}

describe('upload (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test('a French Windows-1252 export: sniffed, mapped, loaded, shown on the overview, kept after reload', async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'view=data&lang=fr', locale: 'fr-FR' });
    try {
      const { page } = app;
      await page.locator('[data-testid="upload-input"]').setInputFiles(FRENCH_EXPORT);
      // The preview decided the mapping from the French headers, decoded from Windows-1252.
      await expect.poll(() => page.locator('[data-testid="map-revenue_eur"]').inputValue(), { timeout: 30_000 }).toBe('CA TTC (€)');
      expect(await page.locator('[data-testid="map-channel"]').inputValue()).toBe('Canal');
      expect(await page.locator('[data-testid="decimal-select"]').inputValue()).toBe(',');
      expect(await page.locator('.preview-table').innerText()).toContain('Provence-Alpes-Côte d’Azur');
      await screenshot(page, 'upload-preview-fr');

      await page.locator('[data-testid="dataset-name"]').fill('Ventes Carrefour T1');
      await page.locator('[data-testid="ingest-confirm"]').click();
      const report = page.locator('[data-testid="ingest-report"]');
      await report.waitFor({ timeout: 60_000 });
      expect(await report.getAttribute('data-rows-read')).toBe('8');
      expect(await report.getAttribute('data-rows-loaded')).toBe('6');
      expect(await report.getAttribute('data-rows-rejected')).toBe('2');
      expect(await report.innerText()).toContain('31/02/2022');
      await screenshot(page, 'upload-report-fr');

      await page.locator('[data-testid="open-dataset"]').click();
      expect(await waitForEngine(page)).toBe('ready');
      expect(Math.abs((await kpiValue(page, 'kpi-actual')) - LOADED_REVENUE)).toBeLessThan(0.005);
      const datasetId = await page.locator('[data-testid="dataset-select"]').inputValue();
      expect(datasetId).toMatch(/^u_[0-9a-f]{12}$/);
      await screenshot(page, 'upload-overview-fr');

      // Reload: the dataset comes back from this browser's storage, with the same numbers.
      await page.reload({ waitUntil: 'domcontentloaded' });
      expect(await waitForEngine(page)).toBe('ready');
      expect(page.url()).toContain(`dataset=${datasetId}`);
      expect(Math.abs((await kpiValue(page, 'kpi-actual')) - LOADED_REVENUE)).toBeLessThan(0.005);
      expect(await page.locator(`[data-testid="dataset-select"] option[value="${datasetId}"]`).innerText()).toBe('Ventes Carrefour T1');

      // A link that carries the data opens the same numbers in a browser that never saw the file,
      // without fetching any dataset.
      await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      await page.locator('[data-testid="share-link-data"]').click();
      await expect.poll(() => page.locator('.share-status').innerText()).toBe('Lien copié');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/#.*data=v1\./);
      const [base, hash] = link.split('#');
      const viewer = await openApp({ baseUrl: base!, hash: hash!, locale: 'fr-FR' });
      try {
        expect(await waitForEngine(viewer.page)).toBe('ready');
        expect(Math.abs((await kpiValue(viewer.page, 'kpi-actual')) - LOADED_REVENUE)).toBeLessThan(0.005);
        const fetched = await viewer.page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((n) => /\.csv(\.gz)?$/.test(n)),
        );
        expect(fetched).toEqual([]);
        expect(viewer.consoleErrors).toEqual([]);
      } finally {
        await viewer.close();
      }

      // Back on the Data page: the dataset is listed, and the same file again is recognised.
      await page.locator('[data-testid="nav-data"]').click();
      await page.locator(`[data-testid="stored-dataset"][data-dataset-id="${datasetId}"]`).waitFor({ timeout: 30_000 });
      await page.locator('[data-testid="upload-input"]').setInputFiles(FRENCH_EXPORT);
      // Two notices may show (already imported; the preview's rejected rows): find the first one.
      await page.locator('[data-testid="file-card"] .notice', { hasText: 'Ventes Carrefour T1' }).waitFor({ timeout: 30_000 });
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
