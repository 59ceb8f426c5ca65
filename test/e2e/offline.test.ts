// End-to-end: after one visit, the built app opens again with the network cut (service worker).
import { describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { openApp, waitForEngine } from './browser';

describe('offline second visit (built app in Chromium)', () => {
  const server = serveBuiltSite({ prefix: '/reports/cible/' });

  /** Opens `hash`, lets the service worker take control, cuts the network and reloads: the same KPI. */
  async function reopensOffline(hash?: string): Promise<void> {
    const app = await openApp({ baseUrl: server.url, ...(hash ? { hash } : {}) });
    try {
      const { page, context } = app;
      expect(await waitForEngine(page)).toBe('ready');
      const first = await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value');
      // The worker installs (precaching the shell) and takes control of the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      await context.setOffline(true);
      await page.reload({ waitUntil: 'domcontentloaded' });
      expect(await waitForEngine(page)).toBe('ready');
      expect(await page.locator('[data-testid="kpi-actual"]').getAttribute('data-value')).toBe(first);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }

  test('the app shell and the database engine come from the cache when the network is gone', async () => {
    await reopensOffline('dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31');
  });

  test('the default view opens offline too: its database file, downloaded by a worker, comes from the cache', async () => {
    await reopensOffline();
  });
});
