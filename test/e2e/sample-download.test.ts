// End-to-end: the bundled sample's database file is downloaded and inflated in a worker
// (src/session/database-download.ts); what the page says when that download fails.
import { describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { openApp, waitForEngine } from './browser';

describe('the sample database download (built app in Chromium)', () => {
  const server = serveBuiltSite({ prefix: '/reports/cible/' });

  test('a refused download says which file and what the server answered', async () => {
    const app = await openApp({
      baseUrl: server.url,
      beforeOpen: async (context) => {
        await context.route(/sample\.duckdb-[^/]*\.gz$/, (route) => route.fulfill({ status: 503, body: 'busy' }));
      },
    });
    try {
      expect(await waitForEngine(app.page)).toBe('error');
      const text = await app.page.locator('body').innerText();
      expect(text).toMatch(/Could not download \S*sample\.duckdb-[^ ]*\.gz: HTTP 503/);
      // Asked by the download worker, not by the page itself.
      expect(server.requests.some((line) => /GET \S*database-download\.worker-[^ ]*\.js 200/.test(line))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
