// End-to-end: "Will we make it?" asked before the goal year (issue 14). The two addresses an
// executive of June 2018 would open show a goal, a phased target, a projection of the goal's
// year, a status and a progress chart, in English and French.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';
import { serveBuiltSite } from './built-site';

const value = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).first().getAttribute('data-value', { timeout: 15_000 });

describe('the goal as of a date before its year (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test.each([
    ['sample H1 2018', 'dataset=sample&retailer=Carrefour&from=2018-01-01&to=2018-06-30', 'en-GB'],
    ['public 2017–2019', 'dataset=public&retailer=Carrefour&from=2017-01-01&to=2019-12-31', 'fr-FR'],
    ['public 2017–2019 with target=2019-06-30', 'dataset=public&retailer=Carrefour&from=2017-01-01&to=2019-12-31&target=2019-06-30&lang=en', 'en-GB'],
    ['sample H1 2018 in French', 'dataset=sample&retailer=Carrefour&from=2018-01-01&to=2018-06-30&lang=fr', 'fr-FR'],
  ])('%s: goal, phased target, projection, status and progress', async (name, hash, locale) => {
    const app = await openApp({ baseUrl: server.url, hash, locale });
    try {
      const { page } = app;
      expect(await waitForEngine(page), app.consoleErrors.join(' | ')).toBe('ready');
      expect(Number(await value(page, 'kpi-goal'))).toBe(5e9);
      const target = Number(await value(page, 'kpi-target'));
      expect(target).toBeGreaterThan(0);
      expect(target).toBeLessThan(5e9);
      expect(Number(await value(page, 'kpi-attainment'))).toBeGreaterThan(0);
      expect(Number(await value(page, 'kpi-projection'))).toBeGreaterThan(0);
      expect(await value(page, 'pacing-status')).toMatch(/^(on-track|at-risk|off-track)$/);
      expect(Number(await value(page, 'goal-growth'))).toBeGreaterThan(0);
      const chart = page.locator('[data-testid="chart-goal-progress"]');
      await expect.poll(() => chart.locator('.recharts-line').count(), { timeout: 20_000 }).toBeGreaterThan(1);
      await screenshot(page, `goal-as-of-${name.replace(/[^a-z0-9]+/gi, '-')}`);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('the as-of control replays the public figures: €5bn ahead in 2019, cut to €4.2bn in 2020, €10bn for 2026 after 2022', async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'dataset=public&retailer=Carrefour', locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page)).toBe('ready');
      const asOf = page.locator('[data-testid="filter-asof"]');
      const goalAt = async (date: string) => {
        // The field applies a typed date on Enter (or when it loses focus).
        await asOf.fill(date);
        await asOf.press('Enter');
        // The data's last day is the default as-of date, so a link leaves it out.
        if (date !== '2023-12-31') await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toContain(`to=${date}`);
        await expect.poll(async () => (await value(page, 'kpi-goal'))?.length ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
      };
      await goalAt('2019-12-31');
      await expect.poll(() => value(page, 'kpi-goal'), { timeout: 30_000 }).toBe(String(5e9));
      await goalAt('2020-12-31');
      await expect.poll(() => value(page, 'kpi-goal'), { timeout: 30_000 }).toBe(String(4.2e9));
      await goalAt('2023-12-31');
      await expect.poll(() => value(page, 'kpi-goal'), { timeout: 30_000 }).toBe(String(10e9));
      // Choosing the 2022 goal by its deadline measures 2023 against it in hindsight.
      await page.locator('[data-testid="filter-goal"]').selectOption('2022-12-31');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('goal=2022-12-31');
      await expect.poll(() => value(page, 'kpi-goal'), { timeout: 30_000 }).toBe(String(4.2e9));
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
