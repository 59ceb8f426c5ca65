// End-to-end: the built site in Chromium, a link naming a two-shard ClickHouse cluster on
// loopback. Nothing is sent to the cluster before the viewer agrees; then the dashboard shows the
// same KPI as the bundled sample for the same filters, and the link never carries credentials.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportLines } from '../bench/generate-sales';
import { EXPORT_MAPPING, loadExport, loadSample, startCluster, type Cluster } from '../support/clickhouse-cluster';
import { ROOT } from '../support/node-engine';
import { openApp, screenshot, waitForEngine } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The sample's revenue for the filters, computed by native DuckDB from the bundled file. */
async function sampleRevenue(retailer: string, from: string, to: string): Promise<number> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const file = path.join(ROOT, 'data/sample/sales.csv.gz');
  const rows = (
    await connection.runAndReadAll(`SELECT sum(revenue_eur)::DOUBLE FROM read_csv('${file}', types = {'revenue_eur': 'DECIMAL(18,4)'})
    WHERE retailer = '${retailer}' AND date BETWEEN DATE '${from}' AND DATE '${to}'`)
  ).getRows();
  connection.closeSync();
  return rows[0]![0] as number;
}

/** A generated export whose columns carry other names (cible.export: order_day, enseigne, ca_ttc, fee_eur…). */
const EXPORT = [...exportLines(4_000)];

/** The export's revenue for a retailer and a period, summed from its lines. */
function exportRevenue(retailer: string, from: string, to: string): number {
  let cents = 0;
  for (const line of EXPORT.slice(1)) {
    const cells = line.split(',');
    if (cells[1] === retailer && cells[0]! >= from && cells[0]! <= to) cents += Math.round(Number(cells[8]) * 100);
  }
  return cents / 100;
}

describe('the dashboard over a ClickHouse cluster (built app in Chromium)', () => {
  let app: StaticServer;
  let cluster: Cluster;

  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html is missing: build first.`);
    cluster = await startCluster();
    await loadSample(cluster);
    await loadExport(cluster, EXPORT);
    app = await startStaticServer({ root: DIST });
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await cluster?.stop();
  });

  // Generous hang guards, not speed assertions: the machine the tests share can be very busy.
  test('a #ch= link asks first, then loads the summed sales and shows the sample’s KPI', { timeout: 600_000 }, async () => {
    // Part-months inside the goal year (2022): the actual revenue is the period's.
    const [from, to] = ['2022-02-10', '2022-06-20'];
    const hash = `ch=${encodeURIComponent(cluster.url)}&ch_table=cible.sales&retailer=Carrefour&from=${from}&to=${to}&lang=en`;
    const opened = await openApp({ baseUrl: app.url, hash });
    try {
      const { page } = opened;
      await page.locator('[data-testid="source-confirm"]').waitFor({ timeout: 240_000 });
      expect(await page.locator('[data-testid="remote-source"]').innerText()).toContain(new URL(cluster.url).host);
      expect(opened.foreignRequests).toEqual([]);
      await screenshot(page, 'clickhouse-confirm');
      await page.locator('[data-testid="source-confirm"]').click();
      expect(await waitForEngine(page, 300_000)).toBe('ready');
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain(`connect-src 'self' ${new URL(cluster.url).origin};`);
      const actual = Number(await page.locator('[data-testid="kpi-actual"][data-value]').getAttribute('data-value', { timeout: 120_000 }));
      expect(Math.abs(actual - (await sampleRevenue('Carrefour', from, to)))).toBeLessThan(0.005);
      expect(opened.foreignRequests.length).toBeGreaterThan(0);
      expect(opened.foreignRequests.every((r) => r.includes(new URL(cluster.url).origin))).toBe(true);
      expect(page.url()).not.toMatch(/password|user=/);
      await screenshot(page, 'clickhouse-overview');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test(
    'the Data page form connects (one reload lets the page reach the cluster), then says where the data lives; a wrong table is explained',
    { timeout: 600_000 },
    async () => {
      const opened = await openApp({ baseUrl: app.url, hash: 'view=data&lang=en' });
      try {
        const { page } = opened;
        const fill = async (table: string) => {
          await page.locator('[data-testid="ch-url"]').fill(cluster.url);
          await page.locator('[data-testid="ch-database"]').fill('cible');
          await page.locator('[data-testid="ch-sales"]').fill(table);
          await page.locator('[data-testid="ch-connect"]').click();
        };
        await page.locator('[data-testid="ch-url"]').waitFor({ timeout: 240_000 });
        expect(opened.foreignRequests).toEqual([]);
        await fill('sales');
        // The page reloads with the cluster allowed and named in the link (never the credentials).
        await page.waitForFunction(() => location.hash.includes('ch_table=cible.sales'), null, { timeout: 240_000 });
        await page.locator('[data-testid="ch-status"]').waitFor({ timeout: 300_000 });
        expect(Number(await page.locator('[data-testid="ch-status"]').getAttribute('data-value'))).toBe(201_736);
        expect(await page.locator('[data-testid="ch-sales"]').inputValue()).toBe('sales');
        await screenshot(page, 'clickhouse-data-page');
        await fill('nope');
        await page.locator('[data-testid="ch-error"]').waitFor({ timeout: 240_000 });
        expect(await page.locator('[data-testid="ch-error"]').getAttribute('data-value')).toBe('unknown-table');
        // The data shown is still the cluster's sample.
        expect(await page.locator('[data-testid="ch-status"]').isVisible()).toBe(true);
        await screenshot(page, 'clickhouse-data-page-error');
        expect(page.url()).not.toMatch(/password|user=/);
      } finally {
        await opened.close();
      }
    },
  );

  test(
    'a table under other column names: the Data page maps them, the link carries the mapping and the KPI is the export’s',
    { timeout: 600_000 },
    async () => {
      const opened = await openApp({ baseUrl: app.url, hash: 'view=data&lang=en' });
      try {
        const { page } = opened;
        await page.locator('[data-testid="ch-url"]').waitFor({ timeout: 240_000 });
        const readColumns = async () => {
          await page.locator('[data-testid="ch-url"]').fill(cluster.url);
          await page.locator('[data-testid="ch-database"]').fill('cible');
          await page.locator('[data-testid="ch-sales"]').fill('export');
          await page.locator('[data-testid="ch-columns"]').click();
        };
        // A fresh profile: the page reloads once to reach the cluster, then the columns are read again.
        await Promise.all([page.waitForEvent('framenavigated', { timeout: 240_000 }), readColumns()]);
        await page.waitForLoadState('domcontentloaded');
        expect(page.url()).toContain('ch_table=cible.export');
        await page.locator('[data-testid="ch-url"]').waitFor({ timeout: 240_000 });
        await readColumns();
        await page.locator('[data-testid="ch-mapping"]').waitFor({ timeout: 240_000 });
        expect(await page.locator('[data-testid="ch-map-retailer"]').inputValue()).toBe('enseigne');
        expect(await page.locator('[data-testid="ch-map-date"]').inputValue()).toBe('');
        for (const [canonical, column] of Object.entries(EXPORT_MAPPING)) await page.locator(`[data-testid="ch-map-${canonical}"]`).selectOption(column);
        await screenshot(page, 'clickhouse-mapping');
        await page.locator('[data-testid="ch-connect"]').click();
        await page.waitForFunction(() => location.hash.includes('ch_map='), null, { timeout: 300_000 });
        expect(decodeURIComponent(page.url())).toContain('ch_map=commission_eur:fee_eur,date:order_day');
        expect(page.url()).not.toMatch(/password|user=/);
      } finally {
        await opened.close();
      }
      const [from, to] = ['2019-03-10', '2019-11-20'];
      const hash = `ch=${encodeURIComponent(cluster.url)}&ch_table=cible.export&ch_map=${encodeURIComponent('commission_eur:fee_eur,date:order_day')}&retailer=Carrefour&from=${from}&to=${to}&lang=en`;
      const linked = await openApp({ baseUrl: app.url, hash });
      try {
        const { page } = linked;
        await page.locator('[data-testid="source-confirm"]').click({ timeout: 240_000 });
        expect(await waitForEngine(page, 300_000)).toBe('ready');
        const actual = Number(await page.locator('[data-testid="kpi-actual"][data-value]').getAttribute('data-value', { timeout: 120_000 }));
        expect(Math.abs(actual - exportRevenue('Carrefour', from, to))).toBeLessThan(0.005);
        expect(linked.consoleErrors).toEqual([]);
      } finally {
        await linked.close();
      }
    },
  );
});
