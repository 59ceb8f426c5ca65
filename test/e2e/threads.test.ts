// End-to-end: DuckDB's multi-threaded build where the host makes the page cross-origin isolated
// (COOP/COEP headers), the single-threaded one elsewhere; the same numbers and a clean console
// either way.
import { describe, expect, test } from 'vitest';
import { ISOLATION_HEADERS } from '../../vite.config';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, waitForEngine } from './browser';
import { type StaticServer } from './static-server';

const VIEW = 'dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31';

describe('DuckDB build by host headers (built app in Chromium)', () => {
  const plain = serveBuiltSite();
  const isolated = serveBuiltSite({ headers: ISOLATION_HEADERS });

  async function open(server: StaticServer) {
    const app = await openApp({ baseUrl: server.url, hash: VIEW });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      const footer = await app.page.locator('.page-footer').innerText();
      const isolatedPage = await app.page.evaluate(() => crossOriginIsolated);
      const actual = Number(await app.page.locator('[data-testid="kpi-actual"]').getAttribute('data-value'));
      expectCleanRun(app);
      return { footer, isolatedPage, actual };
    } finally {
      await app.close();
    }
  }

  test('a host sending COOP/COEP gets the threaded coi build, a plain host the eh build, with the same KPIs', async () => {
    const threaded = await open(isolated);
    expect(threaded.isolatedPage).toBe(true);
    expect(threaded.footer).toContain('DuckDB v1.4.3 (wasm, coi)');
    const single = await open(plain);
    expect(single.isolatedPage).toBe(false);
    expect(single.footer).toContain('DuckDB v1.4.3 (wasm, eh)');
    expect(threaded.actual).toBe(single.actual);
    expect(single.actual).toBeCloseTo(4.2e9, 0);
  });
});
