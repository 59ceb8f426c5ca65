// End-to-end: the built dist/ served by a plain static server, opened in a real Chromium.
// `npm run test:e2e` builds first; run `npm run build` before `vitest run --project e2e`.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DIST, serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine, waitForEngineAfter } from './browser';
import { startStaticServer } from './static-server';

const PUBLIC_CARREFOUR_2022 = 'dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31';

// Carrefour's published 2022 e-commerce figure; both bundled datasets are calibrated to it.
const CARREFOUR_2022 = 4.2e9;
const CARREFOUR_2023 = 5.3e9;
const EURO = 1; // money compares to the euro
const RATIO = 1e-9;

/**
 * Counts the messages to DuckDB-WASM's worker that run a statement (its heartbeat's pings and
 * the fetches of result batches are not statements).
 */
const COUNT_SQL_MESSAGES = `(() => {
  window.__sqlMessages = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && /^(RUN_QUERY|RUN_PREPARED|CREATE_PREPARED|START_PENDING_QUERY|SEND_PREPARED)$/.test(String(message.type))) window.__sqlMessages++;
    return post.call(this, message, ...rest);
  };
})();`;
const sqlMessages = (page: Page) => page.evaluate(() => (window as unknown as { __sqlMessages: number }).__sqlMessages);

const CHARTS = ['chart-goal-progress', 'chart-revenue-by-channel', 'chart-channel-mix', 'chart-commission'];

async function kpi(page: Page, testId: string): Promise<number> {
  const raw = await page.locator(`[data-testid="${testId}"]`).getAttribute('data-value', { timeout: 10_000 });
  expect(raw, `[data-testid=${testId}] data-value`).not.toBeNull();
  const value = Number(raw);
  expect(Number.isFinite(value), `[data-testid=${testId}] data-value "${raw}" is a number`).toBe(true);
  return value;
}

async function expectKpi(page: Page, testId: string, expected: number, tolerance: number): Promise<void> {
  const value = await kpi(page, testId);
  expect(Math.abs(value - expected), `${testId} = ${value}, expected ${expected} ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

/** The KPIs of `#dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31`. */
async function expectPublicCarrefour2022(page: Page): Promise<void> {
  await expectKpi(page, 'kpi-actual', CARREFOUR_2022, EURO);
  await expectKpi(page, 'kpi-target', CARREFOUR_2022, EURO);
  await expectKpi(page, 'kpi-attainment', 1, RATIO);
  await expectKpi(page, 'kpi-attainment-original', 0.84, RATIO);
  await expectKpi(page, 'kpi-gap', 0, EURO);
  await expectKpi(page, 'kpi-projection', CARREFOUR_2022, EURO);
}

describe('overview (built app in Chromium)', () => {
  const rootServer = serveBuiltSite();

  test('public dataset, Carrefour 2022: KPIs, charts, no foreign request', async () => {
    const app = await openApp({ baseUrl: rootServer.url, hash: PUBLIC_CARREFOUR_2022, locale: 'en-GB' });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      await expectPublicCarrefour2022(app.page);
      const body = await app.page.locator('body').innerText();
      expect(body).toContain('€4.2bn');
      expect(body).toContain('e-commerce GMV'); // the metric break is labelled with its source
      for (const chart of CHARTS) {
        const wrapper = app.page.locator(`[data-testid="${chart}"]`);
        await wrapper.waitFor({ state: 'visible', timeout: 10_000 });
        expect(await wrapper.isVisible(), `${chart} visible`).toBe(true);
      }
      expect(await app.page.locator('[data-testid="dataset-select"]').count()).toBe(1);
      await screenshot(app.page, 'overview-public-en.png');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('each filter change asks DuckDB one query; the goal versions offered follow the retailer', async () => {
    const app = await openApp({ baseUrl: rootServer.url, hash: PUBLIC_CARREFOUR_2022, initScript: COUNT_SQL_MESSAGES });
    try {
      const { page } = app;
      expect(await waitForEngine(page)).toBe('ready');
      const versions = () => page.locator('[data-testid="filter-target"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(await versions()).toEqual(['', '2018-01-23', '2020-02-27', '2021-11-09']);
      const changes: [string, string, string[]][] = [
        ['filter-retailer', 'Monoprix', ['']],
        ['filter-channel', 'partner', ['']],
        ['filter-retailer', 'Carrefour', ['', '2018-01-23', '2020-02-27', '2021-11-09']],
        ['filter-channel', '', ['', '2018-01-23', '2020-02-27', '2021-11-09']],
        ['filter-retailer', '', ['', '2018-01-23', '2020-02-27', '2021-11-09']],
      ];
      for (const [testId, value, offered] of changes) {
        const before = await sqlMessages(page);
        await waitForEngineAfter(page, () => page.locator(`[data-testid="${testId}"]`).selectOption(value));
        expect(await sqlMessages(page), `${testId}=${value}: statements run on DuckDB's worker`).toBe(before + 1);
        expect(await versions(), `${testId}=${value}: goal versions offered`).toEqual(offered);
      }
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('sample dataset under a sub-path, in French', async () => {
    const subPathServer = await startStaticServer({ root: DIST, prefix: '/reports/cible/' });
    const app = await openApp({ baseUrl: subPathServer.url, hash: 'from=2022-01-01&to=2022-12-31', locale: 'fr-FR' });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      // Sample data is calibrated: Carrefour 2022 (the goal year) is exactly €4.2bn.
      await expectKpi(app.page, 'kpi-actual', CARREFOUR_2022, EURO);
      expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
      const text = await app.page.locator('body').innerText();
      expect(text).toContain('Md€');
      expect(text).toMatch(/4,2\sMd€/); // `\s` covers the no-break space
      // The bundled data's own labels read in French too: the goal chart's footer and its events.
      const goalChart = await app.page.locator('[data-testid="chart-goal-progress"]').innerText();
      expect(goalChart).toContain('Objectif révisé : 4,2 Md€ de chiffre d’affaires e-commerce alimentaire en 2022');
      expect(goalChart).toContain('Changement d’indicateur : ventes e-commerce alimentaire (jusqu’en 2020) → GMV e-commerce (à partir de 2022)');
      expect(goalChart).not.toContain('Restated');
      // Each platform's gross is written at the end of its bar: a voice platform's sliver still reads as an amount.
      const commission = app.page.locator('[data-testid="chart-commission"]');
      const grossLabels = await commission.locator('.recharts-label-list text').allTextContents();
      expect(grossLabels.length, 'one gross label per platform of the table').toBe(await commission.locator('tbody tr').count());
      for (const label of grossLabels) expect(label).toMatch(/^\d[\d,\s]*\sM(d)?€$/);
      await screenshot(app.page, 'overview-sample-fr.png');
      expectCleanRun(app);
      // Every asset was asked for under the prefix: nothing escaped to the host root.
      expect(subPathServer.requests.filter((r) => !r.split(' ')[1]?.startsWith('/reports/cible/'))).toEqual([]);
    } finally {
      await app.close();
      await subPathServer.close();
    }
  });

  test('a host that serves the bundled .gz files with Content-Encoding: gzip: the sample loads all the same', async () => {
    // The browser then hands the app the unpacked database file, not the gzip it asked for.
    const encodingServer = await startStaticServer({ root: DIST, gzipAsEncoding: true });
    const app = await openApp({ baseUrl: encodingServer.url, hash: 'from=2022-01-01&to=2022-12-31' });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      await expectKpi(app.page, 'kpi-actual', CARREFOUR_2022, EURO);
      expect(encodingServer.requests.some((r) => /\.duckdb-[\w-]+\.gz 200$/.test(r))).toBe(true);
      expectCleanRun(app);
    } finally {
      await app.close();
      await encodingServer.close();
    }
  });

  test('a bundled file that cannot be downloaded: the page says which, in its language, and ends in error, not loading for ever', async () => {
    const cases = [
      { hash: '', message: /Could not download \S*sample\.duckdb-[\w-]+\.gz: HTTP 404/, otherLanguage: /Impossible/ },
      { hash: 'lang=fr', message: /Impossible de télécharger \S*sample\.duckdb-[\w-]+\.gz : HTTP 404/, otherLanguage: /Could not/ },
    ];
    for (const { hash, message, otherLanguage } of cases) {
      const app = await openApp({
        baseUrl: rootServer.url,
        hash,
        beforeOpen: async (context) => {
          await context.route(/sample\.duckdb-[\w-]+\.gz$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
        },
      });
      try {
        expect(await waitForEngine(app.page)).toBe('error');
        // Every place that reports it (the engine's bar, the KPI row) says it in the page's language.
        const alerts = await app.page.locator('[role="alert"]').allInnerTexts();
        expect(alerts.length).toBeGreaterThan(0);
        for (const text of alerts) {
          expect(text).toMatch(message);
          expect(text).not.toMatch(otherLanguage);
        }
      } finally {
        await app.close();
      }
    }
  });

  test('choosing another dataset updates the URL and reloads the numbers', async () => {
    const app = await openApp({ baseUrl: rootServer.url, hash: PUBLIC_CARREFOUR_2022 });
    try {
      expect(await waitForEngine(app.page)).toBe('ready');
      // Accept either the <select> itself carrying the test id or a wrapper around it.
      const select = app.page.locator('select[data-testid="dataset-select"], [data-testid="dataset-select"] select').first();
      const state = await waitForEngineAfter(app.page, () => select.selectOption('sample'));
      expect(state, `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');

      // `sample` is the default dataset, and defaults are left out of the URL.
      const hash = new URLSearchParams((await app.page.evaluate(() => location.hash)).replace(/^#/, ''));
      expect([null, 'sample']).toContain(hash.get('dataset'));
      expect(await select.inputValue()).toBe('sample');
      // A new dataset opens on its default period, the data's last year: Carrefour 2023, €5.3bn.
      await expectKpi(app.page, 'kpi-actual', CARREFOUR_2023, EURO);
      // Both datasets give the same yearly totals, so prove the charts really show the sample now:
      // its channels are broken down (voice, web, partner) where the public figures are one total.
      const mix = await app.page.locator('[data-testid="chart-channel-mix"]').innerText();
      expect(mix).toContain('Voice');
      expect(mix).not.toContain('not broken down');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('a region filter updates the URL and leaves the KPIs without a target rather than a wrong one', async () => {
    const app = await openApp({ baseUrl: rootServer.url, hash: 'from=2022-01-01&to=2022-12-31', locale: 'en-GB' });
    try {
      expect(await waitForEngine(app.page)).toBe('ready');
      await expectKpi(app.page, 'kpi-target', CARREFOUR_2022, EURO);
      const region = app.page.locator('select[data-testid="filter-region"]');
      await region.locator('option[value="Sud"]').waitFor({ state: 'attached', timeout: 10_000 });
      const state = await waitForEngineAfter(app.page, () => region.selectOption('Sud'));
      expect(state).toBe('ready');
      expect(await app.page.evaluate(() => location.hash)).toContain('region=Sud');
      expect(await app.page.locator('[data-testid="kpi-target"]').getAttribute('data-value')).toBe('');
      const actual = await kpi(app.page, 'kpi-actual');
      expect(actual).toBeGreaterThan(0);
      expect(actual).toBeLessThan(CARREFOUR_2022);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('a chart the goal brings back draws its series under the same ids (Recharts caches entries per series id)', async () => {
    const app = await openApp({ baseUrl: rootServer.url, locale: 'en-GB' });
    try {
      expect(await waitForEngine(app.page)).toBe('ready');
      const forecast = app.page.locator('[data-testid="chart-forecast"] .recharts-line').first();
      await forecast.waitFor({ timeout: 60_000 });
      const seriesIds = () => app.page.evaluate(() => [...document.querySelectorAll('.recharts-wrapper [id^="cible-"]')].map((element) => element.id).sort());
      const before = await seriesIds();
      // The forecast's and the trend's series, named after their chart (views/components/series-id.ts).
      expect(before).toEqual(expect.arrayContaining(['cible-forecast-actual', 'cible-trend-s0']));
      // A region has no goal: the goal's charts go, then come back with the filter cleared.
      const region = app.page.locator('select[data-testid="filter-region"]');
      await region.locator('option[value="Sud"]').waitFor({ state: 'attached', timeout: 10_000 });
      expect(await waitForEngineAfter(app.page, () => region.selectOption('Sud'))).toBe('ready');
      await app.page.locator('[data-testid="chart-forecast"]').waitFor({ state: 'detached', timeout: 10_000 });
      expect(await waitForEngineAfter(app.page, () => region.selectOption(''))).toBe('ready');
      await forecast.waitFor({ timeout: 60_000 });
      await expect.poll(seriesIds, { timeout: 10_000 }).toEqual(before);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('a retailer filter changes the bars of the channel and platform charts, not their size', async () => {
    const app = await openApp({ baseUrl: rootServer.url, hash: 'retailer=*', locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page)).toBe('ready');
      const charts = ['chart-channel-mix', 'chart-commission'];
      // Each chart's drawing height, and its rows (the category axis' labels).
      const shape = () =>
        Promise.all(
          charts.map(async (chart) => {
            const surface = page.locator(`[data-testid="${chart}"] svg.recharts-surface`).first();
            await surface.waitFor({ state: 'visible', timeout: 10_000 });
            const height = (await surface.boundingBox())!.height;
            const rows = await page.locator(`[data-testid="${chart}"] .recharts-yAxis .recharts-cartesian-axis-tick`).count();
            return { chart, height, rows };
          }),
        );
      const all = await shape();
      for (const retailer of ['Monoprix', 'Carrefour']) {
        expect(await waitForEngineAfter(page, () => page.locator('[data-testid="filter-retailer"]').selectOption(retailer))).toBe('ready');
        const narrowed = await shape();
        for (const [index, now] of narrowed.entries()) {
          expect(now.height, `${now.chart} height for ${retailer}`).toBe(all[index]!.height);
        }
        // The sample's Monoprix sells on two platforms and no voice channel: fewer rows, same room.
        if (retailer === 'Monoprix') expect(narrowed.map((c) => c.rows)).toEqual([2, 2]);
      }
      expect(all.map((c) => c.rows)).toEqual([3, 7]);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('an unknown hash key is ignored', async () => {
    const app = await openApp({
      baseUrl: rootServer.url,
      hash: 'dataset=public&bogus=1&retailer=Carrefour&from=2022-01-01&to=2022-12-31',
    });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      await expectPublicCarrefour2022(app.page);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
