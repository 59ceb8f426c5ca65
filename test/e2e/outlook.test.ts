// End-to-end: "Will we make the goal?" on the built app in Chromium — pacing status, scenario
// sliders that move kpi-projection across the status thresholds, saved scenarios carried by a
// copied link into a fresh browser, and the true story of the public figures, in English and French.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { packState } from '../../src/state/packed-state';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine, waitForEngineAfter } from './browser';

// Carrefour's goal in force for 2022 (restated in February 2020), the same in both bundled datasets.
const GOAL = 4.2e9;
const SAMPLE_H1_2022 = 'retailer=Carrefour&from=2022-01-01&to=2022-06-30';
const PUBLIC_2022 = 'dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31';

const attribute = (page: Page, testId: string, name = 'data-value') => page.locator(`[data-testid="${testId}"]`).getAttribute(name, { timeout: 10_000 });
const projection = async (page: Page) => Number(await attribute(page, 'kpi-projection'));
const status = (page: Page) => attribute(page, 'pacing-status');
/** The status the stated thresholds give a projection: on track from 100% of the goal, at risk from 90%. */
const expectedStatus = (value: number) => (value >= GOAL ? 'on-track' : value >= 0.9 * GOAL ? 'at-risk' : 'off-track');

describe('outlook: pacing, forecasts and scenarios (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test('sample H1 2022: sliders move kpi-projection across the thresholds, and a copied link carries the scenarios', async () => {
    const sender = await openApp({ baseUrl: server.url, hash: SAMPLE_H1_2022, locale: 'en-GB' });
    let link = '';
    let seen: Record<string, string | null> = {};
    try {
      const { page } = sender;
      expect(await waitForEngine(page), `engine state; console: ${sender.consoleErrors.join(' | ')}`).toBe('ready');
      // The straight-line pace of the first half misses the December peak: below 90% of the goal.
      const start = await projection(page);
      expect(start).toBeGreaterThan(0.8 * GOAL);
      expect(await status(page)).toBe(expectedStatus(start));
      expect(await status(page)).toBe('off-track');
      expect(Number(await attribute(page, 'pacing-projection'))).toBe(start);
      expect(await page.locator('[data-testid="pacing-thresholds"]').innerText()).toMatch(/on track from 100%, at risk from 90%/);
      // The forecast shows its model and its hold-out error.
      expect(await attribute(page, 'forecast-summary', 'data-model')).toMatch(
        /^(linear|compound|seasonal-naive|holt|holt-winters-additive|holt-winters-multiplicative)$/,
      );
      expect(Number(await attribute(page, 'forecast-summary', 'data-mape'))).toBeGreaterThan(0);

      // Keyboard: web +5% for the rest of the year lifts the projection past 90% of the goal.
      const web = page.locator('[data-testid="scenario-growth-web"]');
      await web.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('[data-testid="scenario-growth-web-value"]').innerText()).toBe('+5%');
      const afterFive = await projection(page);
      expect(afterFive).toBeGreaterThan(start);
      expect(await status(page)).toBe(expectedStatus(afterFive));
      expect(await status(page)).toBe('at-risk');
      // Web +30% reaches the goal; −20% takes the projection down, off track again.
      await web.fill('30');
      await expect.poll(() => status(page)).toBe('on-track');
      const pushed = await projection(page);
      expect(pushed).toBeGreaterThanOrEqual(GOAL);
      await web.fill('-20');
      await expect.poll(() => status(page)).toBe('off-track');
      expect(await projection(page)).toBeLessThan(start);

      // Save "Web push" (+30%), then leave a different scenario on the sliders.
      await web.fill('30');
      await page.locator('[data-testid="scenario-name"]').fill('Web push');
      await page.locator('[data-testid="scenario-save"]').click();
      await page.locator('[data-testid="scenario-basket"]').fill('5');
      await expect.poll(() => page.locator('[data-testid="scenario-saved"]').getAttribute('data-name')).toBe('Web push');
      const compare = await page.locator('[data-testid="scenario-compare"]').innerText();
      expect(compare).toContain('Current pace');
      expect(compare).toContain('On the sliders');
      expect(compare).toContain('Web +30%');
      await screenshot(page, 'outlook-sample-scenario-en.png');

      seen = {
        projection: await attribute(page, 'kpi-projection'),
        status: await status(page),
        web: await web.inputValue(),
        basket: await page.locator('[data-testid="scenario-basket"]').inputValue(),
        model: await attribute(page, 'forecast-summary', 'data-model'),
      };
      expect(Number(seen.projection)).toBeGreaterThan(pushed); // +30% web and +5% basket beat +30% web alone
      await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      await page.locator('[data-testid="share-link"]').click();
      await expect.poll(() => page.locator('.share-status').innerText()).toBe('Link copied');
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/[#&]st=v1\./);
      expectCleanRun(sender);
    } finally {
      await sender.close();
    }

    // A fresh browser (new profile, nothing stored) opens the same scenario with the same numbers.
    const viewer = await openApp({ baseUrl: link, locale: 'en-GB' });
    try {
      const { page } = viewer;
      expect(await waitForEngine(page), `engine state; console: ${viewer.consoleErrors.join(' | ')}`).toBe('ready');
      expect(await attribute(page, 'kpi-projection')).toBe(seen.projection);
      expect(await status(page)).toBe(seen.status);
      expect(await page.locator('[data-testid="scenario-growth-web"]').inputValue()).toBe(seen.web);
      expect(await page.locator('[data-testid="scenario-basket"]').inputValue()).toBe(seen.basket);
      expect(await attribute(page, 'forecast-summary', 'data-model')).toBe(seen.model);
      expect(await page.locator('[data-testid="scenario-saved"]').getAttribute('data-name')).toBe('Web push');
      expect(await page.locator('[data-testid="link-notice"]').count()).toBe(0);
      // Back to the current pace: the KPI is the straight-line projection again.
      await page.locator('[data-testid="scenario-reset"]').click();
      await expect.poll(() => status(page)).toBe('off-track');
      expectCleanRun(viewer);
    } finally {
      await viewer.close();
    }
  });

  test('net of commission: the pacing paces net revenue, and a dearer partner platform lowers kpi-projection', async () => {
    const app = await openApp({ baseUrl: server.url, hash: `${SAMPLE_H1_2022}&basis=net`, locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      const start = await projection(page);
      expect(start).toBeGreaterThan(0.8 * GOAL);
      // The pacing shows the KPI's own (net) projection, and says what it measures.
      expect(Number(await attribute(page, 'pacing-projection'))).toBe(start);
      expect(await status(page)).toBe(expectedStatus(start));
      expect(await page.locator('[data-testid="pacing-basis"]').innerText()).toContain('net of platform commission');
      expect(await page.locator('[data-testid="scenario-result"]').innerText()).toMatch(/net of commission by the deadline.*Before commission/);
      expect(await page.locator('[data-testid="chart-goal-progress"]').innerText()).toContain('Cumulative actual, net of commission');

      // Google's commission on the partner channel (12% so far) up by 2 points for the rest of the year.
      const partner = page.locator('[data-testid="scenario-commission-partner"]');
      await partner.fill('4'); // 4 steps of half a point
      await expect.poll(() => page.locator('[data-testid="scenario-commission-partner-value"]').innerText()).toMatch(/14(\.0)?% \(\+2\.0 pts\)/);
      await expect.poll(() => projection(page)).toBeLessThan(start);
      const dearer = await projection(page);
      expect(Number(await attribute(page, 'pacing-projection'))).toBe(dearer);
      expect(await status(page)).toBe(expectedStatus(dearer));
      await screenshot(page, 'outlook-sample-net-en.png');

      // Gross: what customers pay does not depend on the commission, so the same lever leaves kpi-projection at the run-rate.
      await waitForEngineAfter(page, () => page.locator('[data-testid="filter-basis"]').selectOption('gross'));
      await expect.poll(() => projection(page)).toBeGreaterThan(start);
      const gross = await projection(page);
      await page.locator('[data-testid="scenario-reset"]').click();
      await expect.poll(() => page.locator('[data-testid="scenario-commission-partner"]').inputValue()).toBe('0');
      expect(await projection(page)).toBe(gross);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('public 2022 tells the true story: the €5bn goal was cut to €4.2bn in 2020, and the cut goal was met', async () => {
    const app = await openApp({ baseUrl: server.url, hash: PUBLIC_2022, locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      expect(await projection(page)).toBe(GOAL);
      expect(await status(page)).toBe('on-track');
      expect(await page.locator('[data-testid="pacing-status"]').innerText()).toBe('Goal met');
      const story = await page.locator('[data-testid="pacing-story"]').innerText();
      expect(story).toContain('The €5.0bn goal set on 23 Jan 2018 was restated to €4.2bn on 27 Feb 2020.');
      expect(story).toContain('the restated goal was met (100%), 84% of the original one');
      const chart = await page.locator('[data-testid="chart-forecast"]').innerText();
      expect(chart).toContain('Restated to €4.2bn on 27 Feb 2020');
      expect(chart).toContain('The goal period is over');
      expect(chart).toContain('The metric changes in 2022'); // 2017–2020 food e-commerce sales, 2022 GMV
      // The plan of 2018 is phased from 2017's published €850m, the cut from 2019's €1.3bn.
      expect(chart).toContain('€5.0bn set 23 Jan 2018, phased from 2017 (€850m)');
      expect(await page.locator('[data-testid="phasing-table"] tbody tr').count()).toBe(5);
      expect(await page.locator('[data-testid="scenario-panel"]').innerText()).toContain('The goal period is over');
      await screenshot(page, 'outlook-public-en.png');

      await page.locator('[data-testid="lang-select"]').selectOption('fr');
      await expect.poll(() => page.locator('[data-testid="pacing-status"]').innerText()).toBe('Objectif atteint');
      const histoire = await page.locator('[data-testid="pacing-story"]').innerText();
      expect(histoire).toMatch(/L’objectif de 5,0\sMd€ fixé le 23 janv\. 2018 a été ramené à 4,2\sMd€ le 27 févr\. 2020\./);
      expect(histoire).toMatch(/l’objectif révisé est atteint \(100\s%\), soit 84\s% de l’objectif initial/);
      await screenshot(page, 'outlook-public-fr.png');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('in French, a scenario from the link; without a target the page says so; a bad scenario falls back with a notice', async () => {
    const app = await openApp({ baseUrl: server.url, hash: `${SAMPLE_H1_2022}&lang=fr`, locale: 'fr-FR' });
    try {
      const { page } = app;
      expect(await waitForEngine(page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      const start = await projection(page);
      expect(await page.locator('[data-testid="pacing-status"]').innerText()).toBe('Hors trajectoire');
      await page.locator('[data-testid="scenario-voice-adoption"]').fill('8'); // 8 steps of half a point: +4.0 points of orders by voice
      await expect.poll(() => page.locator('[data-testid="scenario-voice-adoption-value"]').innerText()).toMatch(/\+4,0\spts/);
      expect(await projection(page)).toBeGreaterThan(start);
      expect(await page.locator('[data-testid="outlook"]').innerText()).toContain('Atteindrons-nous l’objectif ?');
      await screenshot(page, 'outlook-sample-fr.png');

      // A region is not what the goal was set for: no target, said as such (not "no data").
      const state = await waitForEngineAfter(page, () =>
        page.evaluate(() => {
          location.hash = 'retailer=Carrefour&from=2022-01-01&to=2022-12-31&region=Sud&lang=fr';
        }),
      );
      expect(state).toBe('ready');
      await expect
        .poll(() => page.locator('[data-testid="outlook"]').innerText(), { timeout: 10_000 })
        .toContain('Aucun objectif ne s’applique à cette sélection');
      expect(await page.locator('[data-testid="pacing-status"]').count()).toBe(0);
      expectCleanRun(app);
    } finally {
      await app.close();
    }

    // Out-of-bounds levers in a hand-edited link: neutral scenario, and the notice names the field.
    const bad = await openApp({ baseUrl: server.url, hash: `${SAMPLE_H1_2022}&st=${packState({ scenario: { growth: { web: 50 } } })}` });
    try {
      expect(await waitForEngine(bad.page)).toBe('ready');
      expect(await bad.page.locator('[data-testid="link-notice"]').innerText()).toContain('st.scenario');
      expect(await bad.page.locator('[data-testid="scenario-growth-web"]').inputValue()).toBe('0');
      expect(await status(bad.page)).toBe('off-track');
      expectCleanRun(bad);
    } finally {
      await bad.close();
    }
  });
});
