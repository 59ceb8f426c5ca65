// End-to-end: a link naming a CSV on another origin loads nothing until the viewer agrees, then
// shows the file's numbers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { openApp, screenshot, waitForEngine } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const LOADED_REVENUE = 102_036.14; // the six valid rows of ventes-fr-cp1252.csv

describe('data hosted on another origin (built app in Chromium)', () => {
  const app = serveBuiltSite();
  let host: StaticServer;
  let parquetHost: StaticServer;
  let parquetRevenue = 0;

  beforeAll(async () => {
    // A Parquet file as a data team would publish it, written by native DuckDB.
    const dir = mkdtempSync(path.join(tmpdir(), 'cible-e2e-parquet-'));
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`COPY (SELECT DATE '2022-01-01' + (i % 181)::INTEGER AS date, 'Carrefour' AS retailer,
      ['voice', 'web'][1 + i % 2] AS channel, ((i * 37) % 10000 / 100)::DECIMAL(18, 2) AS revenue_eur
      FROM range(3000) t(i)) TO '${path.join(dir, 'ventes.parquet')}' (FORMAT parquet)`);
    parquetRevenue = (await connection.runAndReadAll(`SELECT sum(revenue_eur)::DOUBLE FROM '${path.join(dir, 'ventes.parquet')}'`)).getRows()[0]![0] as number;
    connection.closeSync();
    parquetHost = await startStaticServer({ root: dir, cors: true });
    host = await startStaticServer({ root: FIXTURES, cors: true });
  });
  afterAll(async () => {
    await host?.close();
    await parquetHost?.close();
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
      // Until the viewer agrees, the page's policy lets it reach its own origin only.
      const policy = () => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(await policy()).toMatch(/connect-src 'self';/);
      await screenshot(page, 'remote-source-confirm');
      await page.locator('[data-testid="remote-confirm"]').click();
      expect(await waitForEngine(page)).toBe('ready');
      // Agreeing reloaded the page with that one origin added, and nothing else.
      expect(await policy()).toContain(`connect-src 'self' ${new URL(source).origin};`);
      const actual = Number(await page.locator('[data-testid="kpi-actual"][data-value]').getAttribute('data-value'));
      expect(Math.abs(actual - LOADED_REVENUE)).toBeLessThan(0.005);
      expect(opened.foreignRequests).toEqual([`GET ${source}`]);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a link to a Parquet file reads it by range requests, after the viewer agrees', async () => {
    const source = `${parquetHost.url}ventes.parquet`;
    const opened = await openApp({ baseUrl: app.url, hash: `src=${encodeURIComponent(source)}` });
    try {
      const { page } = opened;
      await page.locator('[data-testid="remote-confirm"]').click({ timeout: 30_000 });
      expect(await waitForEngine(page)).toBe('ready');
      const actual = Number(await page.locator('[data-testid="kpi-actual"][data-value]').getAttribute('data-value'));
      expect(Math.abs(actual - parquetRevenue)).toBeLessThan(0.005);
      expect(parquetHost.requests.some((r) => / 206 bytes=/.test(r))).toBe(true);
      expect(opened.foreignRequests.length).toBeGreaterThan(0);
      expect(opened.foreignRequests.every((r) => r.endsWith(` ${source}`))).toBe(true);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
