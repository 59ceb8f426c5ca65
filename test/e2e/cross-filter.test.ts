// End-to-end: charts people can talk to. A click on a bar filters the page (KPIs and URL), a chip
// and Escape clear it, the legend toggles series without reordering the stack, and the trend
// chart's modes. Run `npx vite build` first.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';
import { serveBuiltSite } from './built-site';

const SAMPLE = fileURLToPath(new URL('../../data/sample/sales.csv.gz', import.meta.url));
const HASH = 'from=2022-01-01&to=2022-12-31';
const CHART = '[data-testid="chart-revenue-by-channel"]';
// Each test opens a fresh browser and waits for several engine answers: generous on a shared machine.
const LONG = { timeout: 300_000 };

/** Carrefour's 2022 revenue on one channel, summed straight from the sample's CSV (no app code). */
function sampleRevenue2022(channel: string): number {
  const lines = gunzipSync(readFileSync(SAMPLE)).toString('utf8').split('\n').slice(1);
  let total = 0;
  for (const line of lines) {
    const [date, retailer, ch, , , , , revenue] = line.split(',');
    if (retailer === 'Carrefour' && ch === channel && date!.startsWith('2022-')) total += Number(revenue);
  }
  return total;
}

async function kpiActual(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value'));
}

/** Waits until the KPI card shows `expected` (within a cent per €1m), whatever the engine's pace. */
async function expectKpiActual(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    ([want]) => {
      const raw = document.querySelector('[data-testid="kpi-actual"]')?.getAttribute('data-value');
      return raw !== null && raw !== undefined && Math.abs(Number(raw) - want!) <= Math.max(1, want! * 1e-9);
    },
    [expected],
    { timeout: 60_000 },
  );
  expect(Math.abs((await kpiActual(page)) - expected)).toBeLessThanOrEqual(Math.max(1, expected * 1e-9));
}

const hashParams = async (page: Page) => new URLSearchParams((await page.evaluate(() => location.hash)).replace(/^#/, ''));

/** The vertical order of one bucket's segments, bottom first (the stack's order). */
async function stackOrder(chart: Locator, bucket: string): Promise<string[]> {
  const marks = chart.locator(`.chart-mark[aria-label*=", ${bucket}:"]`);
  const boxes: { name: string; y: number }[] = [];
  for (let i = 0; i < (await marks.count()); i++) {
    const mark = marks.nth(i);
    const box = await mark.boundingBox();
    boxes.push({ name: (await mark.getAttribute('aria-label'))!.split(',')[0]!, y: box!.y });
  }
  return boxes.sort((a, b) => b.y - a.y).map((b) => b.name);
}

describe('cross-filtering (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test('a click on a bar of the trend chart filters the KPIs by its channel and writes it into the URL; Escape clears it', LONG, async () => {
    const app = await openApp({ baseUrl: server.url, hash: HASH, locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page, 240_000)).toBe('ready');
      await expectKpiActual(page, 4.2e9);
      const chart = page.locator(CHART);
      const voice = chart.locator('.chart-mark[aria-label^="Voice,"]').first();
      await voice.waitFor({ state: 'visible', timeout: 60_000 });
      await voice.click();

      await expectKpiActual(page, sampleRevenue2022('voice'));
      expect((await hashParams(page)).get('channel')).toBe('voice');
      const chip = page.locator('[data-testid="cross-filter-chip"]');
      await expect.poll(() => chip.innerText()).toContain('Voice');
      // The filtering channel's marks are drawn pressed, in the trend and in the mix; no other is.
      const pressed = page.locator('.chart-mark[aria-pressed="true"]');
      await expect.poll(() => chart.locator('.chart-mark[aria-label^="Voice,"][aria-pressed="true"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.locator('[data-testid="chart-channel-mix"] .chart-mark[aria-pressed="true"]').count()).toBe(1);
      expect(await page.locator('.chart-mark[aria-pressed="true"]:not([aria-label^="Voice,"])').count()).toBe(1); // the mix's voice bar
      await screenshot(page, 'cross-filter-voice.png');

      await page.locator('body').press('Escape');
      await expectKpiActual(page, 4.2e9);
      expect((await hashParams(page)).get('channel')).toBeNull();
      expect(await chip.count()).toBe(0);
      await expect.poll(() => pressed.count(), { timeout: 10_000 }).toBe(0);

      // By keyboard: Enter on a focused web segment, then the chip's clear button.
      const web = chart.locator('.chart-mark[aria-label^="Web,"]').first();
      await web.focus();
      await page.keyboard.press('Enter');
      await expectKpiActual(page, sampleRevenue2022('web'));
      expect((await hashParams(page)).get('channel')).toBe('web');
      await chip.locator('[data-testid="cross-filter-clear"]').click();
      await expectKpiActual(page, 4.2e9);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('on the competition view, a retailer’s name compares it alone, in the URL, with a chip; Escape gives every retailer back', LONG, async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'view=competition&dataset=sample&lang=en', locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page, 240_000)).toBe('ready');
      const cards = page.locator('[data-testid^="alliance-"][data-revenue]');
      await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(2);
      const monoprix = page.locator('[data-testid="retailer-focus"][data-retailer="Monoprix"]');
      await monoprix.click();
      await expect.poll(async () => (await hashParams(page)).get('compare')).toBe('Monoprix');
      await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(1);
      expect(await monoprix.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('[data-testid="cross-filter-chip"][data-kind="retailer"]').innerText()).toContain('Monoprix');
      await screenshot(page, 'cross-filter-retailer.png');

      await page.locator('body').press('Escape');
      await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(2);
      expect((await hashParams(page)).get('compare')).toBeNull();
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('a second click on the same bar clears the filter; a date label narrows the period and its chip gives the period back', LONG, async () => {
    const app = await openApp({ baseUrl: server.url, hash: HASH, locale: 'en-GB' });
    try {
      const { page } = app;
      expect(await waitForEngine(page, 240_000)).toBe('ready');
      const chart = page.locator(CHART);
      const partner = chart.locator('.chart-mark[aria-label^="Partner platforms,"]').first();
      await partner.waitFor({ state: 'visible', timeout: 60_000 });
      await partner.click();
      await expectKpiActual(page, sampleRevenue2022('partner'));
      await chart.locator('.chart-mark[aria-label^="Partner platforms,"]').first().click();
      await expectKpiActual(page, 4.2e9);
      expect((await hashParams(page)).get('channel')).toBeNull();

      await chart.locator('.chart-tick-button[aria-label="Filter the page to Mar 2022"]').click();
      await expect.poll(async () => (await hashParams(page)).get('to')).toBe('2022-03-31');
      expect((await hashParams(page)).get('from')).toBe('2022-03-01');
      const chip = page.locator('[data-testid="cross-filter-chip"][data-kind="period"]');
      await chip.locator('[data-testid="cross-filter-clear"]').click();
      await expect.poll(async () => (await hashParams(page)).get('to')).toBe('2022-12-31');
      expect((await hashParams(page)).get('from')).toBe('2022-01-01');
      await expectKpiActual(page, 4.2e9);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test(
    'the legend hides and shows a series without reordering the stack; the tooltip, mounted on the first pointer, lists every series and the total',
    LONG,
    async () => {
      const app = await openApp({ baseUrl: server.url, hash: HASH, locale: 'en-GB' });
      try {
        const { page } = app;
        expect(await waitForEngine(page, 240_000)).toBe('ready');
        const chart = page.locator(CHART);
        await chart.locator('.chart-mark[aria-label^="Voice,"]').first().waitFor({ state: 'visible', timeout: 60_000 });
        // Until someone points at or focuses a chart, no tooltip follows its data (chart-tooltip.tsx).
        expect(await page.locator('.recharts-tooltip-wrapper').count()).toBe(0);
        const before = await stackOrder(chart, 'Jun 2022');
        expect(before).toEqual(['Web', 'Partner platforms', 'Voice']);
        const partner = page.locator('[data-testid="trend-series-partner"]');
        await partner.uncheck();
        await expect.poll(() => stackOrder(chart, 'Jun 2022')).toEqual(['Web', 'Voice']);
        await partner.check();
        await expect.poll(() => stackOrder(chart, 'Jun 2022')).toEqual(before);

        await chart.locator('.chart-mark[aria-label^="Voice, Jun 2022"]').hover();
        const tooltip = chart.locator('[data-testid="series-tooltip"]');
        await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
        const text = await tooltip.innerText();
        for (const name of ['Web: €', 'Partner platforms: €', 'Voice: €', 'Total: €']) expect(text).toContain(name);
        expect(text).not.toMatch(/ :/);
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
  );

  test('share and small-multiple modes are kept in the link; French tooltips keep the space before the colon', LONG, async () => {
    const app = await openApp({ baseUrl: server.url, hash: HASH, locale: 'fr-FR' });
    try {
      const { page } = app;
      expect(await waitForEngine(page, 240_000)).toBe('ready');
      const chart = page.locator(CHART);
      await chart.locator('.chart-mark').first().waitFor({ state: 'visible', timeout: 60_000 });
      await chart.locator('[data-testid="trend-mode"]').selectOption('multiples');
      for (const channel of ['web', 'partner', 'voice']) await chart.locator(`[data-testid="trend-multiple-${channel}"]`).waitFor({ timeout: 10_000 });
      expect((await hashParams(page)).get('st')).not.toBeNull();
      await chart.locator('[data-testid="trend-multiple-voice"] .chart-mark').first().hover();
      const tooltip = chart.locator('[data-testid="series-tooltip"]');
      await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await tooltip.innerText()).toMatch(/^Vocal : [\d,]+\sM€$/m);
      await screenshot(page, 'trend-multiples-fr.png');
      await chart.locator('[data-testid="trend-mode"]').selectOption('share');
      // The value axis now reads in percent, up to 100 %.
      await expect.poll(async () => (await chart.locator('svg text').allTextContents()).some((text) => /^100\s?%$/.test(text.trim()))).toBe(true);
      // The link carries the mode: a fresh page opens in it.
      const link = await page.evaluate(() => location.hash);
      const again = await openApp({ baseUrl: server.url, hash: link, locale: 'fr-FR' });
      try {
        expect(await waitForEngine(again.page, 240_000)).toBe('ready');
        expect(await again.page.locator('[data-testid="trend-mode"]').inputValue()).toBe('share');
      } finally {
        await again.close();
      }
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
