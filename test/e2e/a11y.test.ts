// Accessibility in real Chromium: axe-core (a dev dependency, its source read from node_modules)
// finds nothing on the four views in English and French, light and dark; the skip link moves focus
// without touching the hash; the page does not jump while it loads; the theme toggle is kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, openApp, waitForEngine } from './browser';
import { serveBuiltSite } from './built-site';
import { axeViolations, showView, VIEWS } from './views-tour';

// Hang guards, not speed assertions: a cold start of DuckDB on a loaded 2-core machine has taken
// over 90 s, and a tour visits the four views (in two languages for axe).
const COLD_START = 240_000;
const TOUR = 600_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('accessibility (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test.each(['light', 'dark'] as const)(
    'axe-core finds nothing on the four views, in English and French, %s theme',
    async (scheme) => {
      const app = await openApp({ baseUrl: server.url, hash: 'view=overview', colorScheme: scheme });
      try {
        const { page } = app;
        expect(await waitForEngine(page, COLD_START)).toBe('ready');
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        const found: string[] = [];
        for (const lang of ['en', 'fr'] as const) {
          for (const view of VIEWS) {
            await showView(page, view, `lang=${lang}`);
            expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
            found.push(...(await axeViolations(page, AXE_SOURCE)).map((v) => `${view} ${lang} ${scheme}: ${v}`));
          }
        }
        expect(found).toEqual([]);
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
    TOUR,
  );

  test(
    'the skip link moves focus into the content and keeps the hash (the filters)',
    async () => {
      const hash = '#view=overview&dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31';
      const app = await openApp({ baseUrl: server.url, hash });
      try {
        const { page } = app;
        expect(await waitForEngine(page, COLD_START)).toBe('ready');
        await page.locator('body').focus();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link');
        expect(await page.locator('[data-testid="skip-link"]').isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => location.hash)).toBe(hash);
        expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
        // The filters stayed: the KPIs are still those of the linked slice.
        expect(Number(await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value'))).toBeCloseTo(4.2e9, 0);
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
    TOUR,
  );

  test(
    'a cold load of the default view shifts its layout by less than 0.1 (cumulative layout shift)',
    async () => {
      // Every layout shift the browser reports from the first paint on, without user input.
      const initScript = `
      window.__cibleShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cibleShifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });`;
      const app = await openApp({ baseUrl: server.url, viewport: { width: 1280, height: 900 }, initScript });
      try {
        const { page } = app;
        expect(await waitForEngine(page, COLD_START)).toBe('ready');
        const shifts = await page.evaluate(() => (window as unknown as { __cibleShifts: number[] }).__cibleShifts);
        const cls = shifts.reduce((sum, value) => sum + value, 0);
        expect(cls, `layout shifts: ${shifts.join(', ')}`).toBeLessThan(0.1);
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
    TOUR,
  );

  test(
    'the theme toggle switches to dark, is kept in this browser, and a choice equal to the system is forgotten',
    async () => {
      const app = await openApp({ baseUrl: server.url, hash: 'view=data' });
      try {
        const { page } = app;
        const toggle = page.locator('[data-testid="theme-toggle"]');
        await toggle.waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        await toggle.click();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(lightBackground);
        await page.reload();
        // index.html's first script applies the kept choice before the app's script runs.
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        await page.locator('[data-testid="theme-toggle"][aria-pressed="true"]').waitFor();
        await page.locator('[data-testid="theme-toggle"]').click();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
        expect(await page.evaluate(() => localStorage.getItem('cible.theme.v1'))).toBeNull();
        expectCleanRun(app);
      } finally {
        await app.close();
      }
    },
    TOUR,
  );
});
