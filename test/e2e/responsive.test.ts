// Phones in real Chromium: at 360 px no view is wider than the screen, and the controls a finger
// presses are at least 44 × 44 px. Screenshots of every view on a 390 × 844 phone, light and dark,
// go to test/e2e/screenshots/ for a person to look at.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';
import { serveBuiltSite } from './built-site';
import { showView, VIEWS } from './views-tour';

// Hang guards, not speed assertions: a cold start of DuckDB on a loaded 2-core machine has taken
// over 90 s, and a tour visits the four views (in two languages for axe).
const COLD_START = 240_000;
const TOUR = 600_000;

/** Visible controls smaller than 44 × 44 px (a checkbox counts by its label, which takes the tap). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, select, input, .views-nav a')) {
      if (!element.checkVisibility() || element.closest('[inert]')) continue;
      const type = element instanceof HTMLInputElement ? element.type : '';
      if (type === 'file' || type === 'range') continue;
      const target = type === 'checkbox' || type === 'radio' ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      if (box.width < 44 || box.height < 44)
        small.push(`${target.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

/** The document is no wider than the screen: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, view: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${view}: document ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Every revenue bridge is drawn at a readable width and scrolls inside its card: squeezed to a
 * phone's width, its step labels and amounts ran into each other.
 */
async function expectBridgesReadable(page: Page, view: string): Promise<void> {
  const bridges = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.waterfall-chart')]
      .filter((bridge) => bridge.checkVisibility())
      .map((bridge) => ({ drawn: bridge.querySelector('svg.recharts-surface')?.getBoundingClientRect().width ?? 0, shown: bridge.clientWidth })),
  );
  for (const { drawn, shown } of bridges) {
    expect(drawn, `${view}: a revenue bridge drawn ${Math.round(drawn)} px wide`).toBeGreaterThanOrEqual(600);
    expect(shown, `${view}: the bridge does not scroll (its window is as wide as its drawing)`).toBeLessThan(drawn);
  }
}

/** No value-axis label is cut off at its chart's left edge (a French `1,05 Md€` once was). */
async function expectAxisLabelsWhole(page: Page, view: string): Promise<void> {
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('.recharts-yAxis-tick-labels text')]
      .filter((text) => text.getBoundingClientRect().left < (text.closest('svg')?.getBoundingClientRect().left ?? 0) - 0.5)
      .map((text) => `${text.closest('[data-testid]')?.getAttribute('data-testid')}: "${text.textContent}"`),
  );
  expect(cut, `${view}: axis labels cut at the chart's edge`).toEqual([]);
}

/**
 * The fee schedules fit their card: as a six-column table they scrolled sideways inside it, the
 * rate and the terms out of sight; on a phone each schedule is a block of labelled figures.
 */
async function expectFeeSchedulesWhole(page: Page, view: string): Promise<void> {
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.fee-table')].filter((table) => table.checkVisibility()).map((table) => table.scrollWidth - table.clientWidth),
  );
  for (const px of hidden) expect(px, `${view}: the fee schedules scroll sideways by ${px} px`).toBeLessThanOrEqual(1);
}

describe('phones (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test(
    'at 360 px every view fits the screen (no sideways scroll) and its controls are 44 × 44 px or more; in French at 1280 px none scrolls sideways either',
    async () => {
      const app = await openApp({ baseUrl: server.url, hash: 'view=overview', viewport: { width: 360, height: 740 } });
      try {
        const { page } = app;
        expect(await waitForEngine(page, COLD_START)).toBe('ready');
        for (const view of VIEWS) {
          await showView(page, view);
          await expectNoSidewaysScroll(page, view);
          await expectBridgesReadable(page, view);
          await expectAxisLabelsWhole(page, view);
          await expectFeeSchedulesWhole(page, view);
          expect(await smallTargets(page), `${view}: controls under 44 × 44 px`).toEqual([]);
        }
        // French amounts are the longer ones (`1,05 Md€` against `€1.05bn`).
        await showView(page, 'overview', 'lang=fr');
        await expectAxisLabelsWhole(page, 'overview (French, 360 px)');
        // A laptop in French, the longer words: the competition view's tables once pushed it to 1,615 px.
        await page.setViewportSize({ width: 1280, height: 800 });
        for (const view of VIEWS) {
          await showView(page, view, 'lang=fr');
          await expectNoSidewaysScroll(page, `${view} (French, 1280 px)`);
        }
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
    TOUR,
  );

  test.each(['light', 'dark'] as const)(
    'screenshots of every view on a 390 × 844 phone, %s theme',
    async (scheme) => {
      const app = await openApp({ baseUrl: server.url, hash: 'view=overview', viewport: { width: 390, height: 844 }, colorScheme: scheme });
      try {
        const { page } = app;
        expect(await waitForEngine(page, COLD_START)).toBe('ready');
        for (const view of VIEWS) {
          await showView(page, view);
          await expectNoSidewaysScroll(page, view);
          await screenshot(page, `phone-${view}-${scheme}.png`);
        }
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
    TOUR,
  );
});
