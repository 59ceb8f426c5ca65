// End-to-end: a link naming a CSV on another origin loads nothing until the viewer agrees, then
// shows the file's numbers.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp, screenshot, waitForEngine } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const LOADED_REVENUE = 102_036.14; // the six valid rows of ventes-fr-cp1252.csv

describe('data hosted on another origin (built app in Chromium)', () => {
  let app: StaticServer;
  let host: StaticServer;

  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html is missing: build first.`);
    app = await startStaticServer({ root: DIST });
    host = await startStaticServer({ root: FIXTURES, cors: true });
  });
  afterAll(async () => {
    await app?.close();
    await host?.close();
  });

  test('asks before downloading, then loads the CSV through the ingest path', async () => {
    const source = `${host.url}ventes-fr-cp1252.csv`;
    const opened = await openApp({ baseUrl: app.url, hash: `src=${encodeURIComponent(source)}` });
    try {
      const { page } = opened;
      await page.locator('[data-testid="remote-source"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="remote-source"]').innerText()).toContain(new URL(source).host);
      expect(host.requests).toEqual([]);
      expect(opened.foreignRequests).toEqual([]);
      await screenshot(page, 'remote-source-confirm');
      await page.locator('[data-testid="remote-confirm"]').click();
      expect(await waitForEngine(page)).toBe('ready');
      const actual = Number(await page.locator('[data-testid="kpi-actual"][data-value]').getAttribute('data-value'));
      expect(Math.abs(actual - LOADED_REVENUE)).toBeLessThan(0.005);
      expect(opened.foreignRequests).toEqual([`GET ${source}`]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
