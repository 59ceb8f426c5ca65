// End-to-end: an upload of sales alone has no goal and no fee schedule; the analyst types a goal
// (French amount) and a platform's rate on the overview, sees the KPIs measured against them, and
// finds both again after a reload (they are stored as a targets and a fees file of the dataset).
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';

const SALES = fileURLToPath(new URL('../fixtures/sales-no-targets.csv', import.meta.url));
const REVENUE = 522_000;
// The default period is the data's last year to date, 1 January to 15 June 2023: 166 days of 365.
const TARGET = (1_500_000 * 166) / 365;
// 12.5% of Uber Eats' €72,000: €9,000, shown in French as 9,0 k€.
const UBER_EATS_COMMISSION = /Uber Eats\s+63\s?k€\s+9,0\s?k€/;

async function kpiNumber(page: Page, testId: string): Promise<number> {
  const locator = page.locator(`[data-testid="${testId}"]`);
  await expect.poll(async () => (await locator.getAttribute('data-value')) ?? '', { timeout: 60_000 }).not.toBe('');
  return Number(await locator.getAttribute('data-value'));
}

async function expectGoalMeasured(page: Page): Promise<void> {
  await expect.poll(() => kpiNumber(page, 'kpi-target'), { timeout: 60_000 }).toBeCloseTo(TARGET, 0);
  expect(await kpiNumber(page, 'kpi-actual')).toBeCloseTo(REVENUE, 2);
  expect(await kpiNumber(page, 'kpi-attainment')).toBeCloseTo(REVENUE / TARGET, 4);
}

describe('a goal and a rate typed after an upload (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test('typed on the overview, measured by the KPIs, kept after a reload', async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'view=data&lang=fr', locale: 'fr-FR' });
    try {
      const { page } = app;
      await page.locator('[data-testid="upload-input"]').setInputFiles(SALES);
      await expect.poll(() => page.locator('[data-testid="map-revenue_eur"]').inputValue(), { timeout: 30_000 }).toBe('revenue_eur');
      await page.locator('[data-testid="ingest-confirm"]').click();
      await page.locator('[data-testid="ingest-report"]').waitFor({ timeout: 60_000 });
      await page.locator('[data-testid="open-dataset"]').click();
      expect(await waitForEngine(page)).toBe('ready');
      expect(await kpiNumber(page, 'kpi-actual')).toBeCloseTo(REVENUE, 2);

      // No goal: the progress panel says the target is missing and offers to type one.
      const form = page.locator('[data-testid="goal-form"]');
      await form.waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-testid="kpi-target"]').getAttribute('data-value')).toBe('');
      await page.locator('[data-testid="goal-form-amount"]').fill('1,5 M€');
      await page.locator('[data-testid="goal-form-deadline"]').fill('2023');
      await page.locator('[data-testid="goal-form-save"]').click();
      await expectGoalMeasured(page);

      // Uber Eats is in no fee schedule: its rate is typed (French decimal comma) and counted.
      await page.locator('[data-testid="fee-form-rate"]').fill('12,5');
      await page.locator('[data-testid="fee-form-save"]').click();
      await expect.poll(() => page.locator('[data-testid="fees-missing-hint"]').count(), { timeout: 60_000 }).toBe(0);
      const commission = page.locator('[data-testid="chart-commission"] table');
      await expect.poll(() => commission.innerText(), { timeout: 60_000 }).toMatch(UBER_EATS_COMMISSION);
      // Kept in this browser (saved after DuckDB has loaded it): the form says so.
      await page.locator('[data-testid="fee-form-status"][data-state="saved"]').waitFor({ timeout: 60_000 });
      await screenshot(page, 'typed-goal-overview-fr');

      // Reload: the goal and the rate come back with the dataset, from this browser's storage.
      await page.reload({ waitUntil: 'domcontentloaded' });
      expect(await waitForEngine(page)).toBe('ready');
      await expectGoalMeasured(page);
      expect(await page.locator('[data-testid="goal-form"]').count()).toBe(0);
      expect(await page.locator('[data-testid="kpi-goal"]').getAttribute('data-value')).toBe('1500000');
      await commission.waitFor({ timeout: 60_000 });
      await expect.poll(() => commission.innerText(), { timeout: 60_000 }).toMatch(UBER_EATS_COMMISSION);
      expect(await page.locator('[data-testid="fees-missing-hint"]').count()).toBe(0);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
