// End-to-end: the SQL console in the built app (Chromium), and proof that neither hostile SQL
// nor a hostile link makes the page or DuckDB contact anyone: a loopback listener counts requests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { useLoopbackListener } from '../support/loopback-listener';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine } from './browser';

const SAMPLE_SALES = fileURLToPath(new URL('../../data/sample/sales.csv.gz', import.meta.url));

const editor = (page: Page) => page.locator('[data-testid="sql-editor"]');
const result = (page: Page) => page.locator('[data-testid="sql-result"]');
const sqlError = (page: Page) => page.locator('[data-testid="sql-error"]');

/** Replaces the editor's text the way a paste would (no auto-closed brackets, no completion). */
async function putSql(page: Page, sql: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** Runs with Ctrl+Enter and waits for this run's outcome (result, error or cancellation). */
async function runAndWait(page: Page, sql: string): Promise<void> {
  await putSql(page, sql);
  await page.keyboard.press('Control+Enter');
  await page.locator('[data-testid="sql-running"]').waitFor({ state: 'detached', timeout: 60_000 });
  await page.locator('[data-testid="sql-result"], [data-testid="sql-error"], [data-testid="sql-cancelled"]').first().waitFor({ timeout: 60_000 });
}

describe('SQL console (built app in Chromium)', () => {
  const app = serveBuiltSite({ prefix: '/tools/cible/' });
  let voice2022 = 0;

  beforeAll(async () => {
    // The expected count, computed independently by native DuckDB from the bundled file.
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM read_csv('${SAMPLE_SALES}') WHERE channel = 'voice' AND year(date) = 2022`);
    voice2022 = reader.getRows()[0]![0] as number;
    connection.closeSync();
  });

  test('typed SQL runs with the button and with Ctrl+Enter, on the active dataset by plain table names', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      await page.locator('[data-testid="sql-empty"]').waitFor();
      await screenshot(page, 'console-empty-en');
      await editor(page).click();
      await page.keyboard.type("SELECT * FROM sales WHERE channel = 'voice' AND year(date) = 2022");
      await page.keyboard.press('Escape'); // close the completion list
      await page.locator('[data-testid="sql-run"]').click();
      await result(page).waitFor({ timeout: 60_000 });
      expect(Number(await result(page).getAttribute('data-rows'))).toBe(voice2022);
      expect(voice2022).toBeGreaterThan(1000);

      await runAndWait(page, 'SELECT channel, count(*) AS n FROM sales WHERE year(date) = 2022 GROUP BY ALL ORDER BY channel');
      expect(await result(page).getAttribute('data-rows')).toBe('3');
      expect(await page.locator('[data-testid="sql-row"]').first().innerText()).toMatch(/partner/);

      // Sorting by a header click reorders the rows without running the query again.
      await page.locator('[role="columnheader"] button', { hasText: 'channel' }).click();
      await page.locator('[role="columnheader"] button', { hasText: 'channel' }).click();
      expect(await page.locator('[data-testid="sql-row"]').first().innerText()).toMatch(/web/);
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });

  test('errors show DuckDB’s message and where: the line and column, and a mark in the editor', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      await runAndWait(page, 'SELECT channel FORM sales');
      await expect.poll(() => sqlError(page).getAttribute('data-column')).toBe('21');
      expect(await sqlError(page).getAttribute('data-line')).toBe('1');
      expect(await sqlError(page).innerText()).toMatch(/Parser Error: syntax error at or near "sales"[\s\S]*Line 1, column 21/);
      expect(await page.locator('[data-testid="sql-error-mark"]').innerText()).toBe('sales');

      await runAndWait(page, 'SELECT 1 AS a;\nSELECT nope\nFROM sales');
      await expect.poll(() => sqlError(page).getAttribute('data-line')).toBe('2');
      expect(await sqlError(page).getAttribute('data-column')).toBe('8');
      expect(await sqlError(page).innerText()).toMatch(/Referenced column "nope" not found/);
      expect(await page.locator('[data-testid="sql-error-mark"]').innerText()).toBe('nope');
      await screenshot(page, 'console-error-en');
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });

  test('150,000 rows: the count is exact, only a window of rows is in the DOM, the grid scrolls to the last row', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      await runAndWait(
        page,
        "SELECT range AS i, range * 2.5 AS x, 'row ' || range AS label, CASE WHEN range % 7 = 0 THEN NULL ELSE range % 100 END AS maybe FROM range(150000)",
      );
      expect(await result(page).getAttribute('data-rows')).toBe('150000');
      const domRows = await page.locator('[data-testid="sql-row"]').count();
      expect(domRows).toBeGreaterThan(5);
      expect(domRows).toBeLessThan(100);
      expect(await page.locator('[data-testid="sql-row"]').first().locator('.cell-null').innerText()).toBe('NULL');
      await page.locator('[data-testid="sql-grid"]').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
      await page.locator('[data-testid="sql-row"]', { hasText: '149999' }).waitFor();
      expect(await page.locator('[data-testid="sql-row"]').count()).toBeLessThan(100);
      await screenshot(page, 'console-150k-en');
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });

  test('the CSV export is formula-safe and complete; a chart draws the result', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      await runAndWait(
        page,
        `SELECT * FROM (VALUES ('=HYPERLINK("http://evil.example")', -440.2), ('@SUM(A1)', 3.5), ('plain, with comma', NULL)) t(label, amount)`,
      );
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="sql-export-csv"]').click()]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.split('\r\n')).toEqual(['\ufefflabel,amount', `"'=HYPERLINK(""http://evil.example"")",-440.2`, "'@SUM(A1),3.5", '"plain, with comma",', '']);

      await runAndWait(page, 'SELECT year(date) AS year, channel, round(sum(revenue_eur), 2) AS revenue_eur FROM sales GROUP BY ALL ORDER BY ALL');
      await page.locator('[data-testid="sql-view-chart"]').click();
      expect(await page.locator('[data-testid="sql-chart-x"]').inputValue()).toBe('year');
      await page.locator('[data-testid="sql-chart-series"]').selectOption('channel');
      await page.locator('[data-testid="sql-chart"] svg.recharts-surface').first().waitFor();
      expect(await page.locator('[data-testid="sql-chart"] .recharts-legend-item').count()).toBe(3);
      expect(await page.locator('[data-testid="sql-chart"] .recharts-line').count()).toBe(3);
      await screenshot(page, 'console-chart-en');
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });

  test('a long query shows its time and can be cancelled; the history and the editor text survive a reload', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      await putSql(page, 'SELECT sum(a.range * b.range) FROM range(300000) a, range(300000) b');
      await page.locator('[data-testid="sql-run"]').click();
      await page.locator('[data-testid="sql-running"]').waitFor();
      await expect.poll(() => page.locator('[data-testid="sql-running"]').innerText()).toMatch(/Running… \d/);
      await page.locator('[data-testid="sql-cancel"]').click();
      await page.locator('[data-testid="sql-cancelled"]').waitFor({ timeout: 30_000 });

      await runAndWait(page, 'SELECT 42 AS answer');
      expect(await result(page).getAttribute('data-rows')).toBe('1');
      await putSql(page, 'SELECT max(date) AS last_day FROM sales');
      await page.reload();
      expect(await waitForEngine(page)).toBe('ready');
      const entries = page.locator('[data-testid="sql-history-entry"] code');
      await entries.first().waitFor();
      expect((await entries.allInnerTexts()).slice(0, 2)).toEqual([
        'SELECT 42 AS answer',
        'SELECT sum(a.range * b.range) FROM range(300000) a, range(300000) b',
      ]);
      expect(await editor(page).innerText()).toBe('SELECT max(date) AS last_day FROM sales');
      await entries.first().click();
      expect(await editor(page).innerText()).toBe('SELECT 42 AS answer');
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });

  test('in French: labels, numbers and messages', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console&lang=fr', locale: 'fr-FR' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      expect(await page.locator('[data-testid="sql-run"]').innerText()).toBe('Exécuter');
      await page.locator('[data-testid="sql-empty"] button').first().click();
      await page.keyboard.press('Control+Enter');
      await result(page).waitFor({ timeout: 60_000 });
      expect(await page.locator('#result-summary').innerText()).toMatch(/lignes · 3 colonnes · en /);
      // French number format: narrow no-break space between thousands, comma before decimals.
      expect(await page.locator('[data-testid="sql-row"]').first().innerText()).toMatch(/\d[\u202f\u00a0]\d{3}[\u202f\u00a0]\d{3},\d{2}/);
      await page.locator('[data-testid="sql-schema-table-sales"]').evaluate((button) => button.closest('details')?.setAttribute('open', ''));
      await screenshot(page, 'console-result-fr');
      await runAndWait(page, "COPY sales TO 'http://127.0.0.1:9/x.csv'");
      expect(await sqlError(page).innerText()).toMatch(/Cette console ne peut joindre ni fichiers ni réseau : COPY est désactivé/);
      await screenshot(page, 'console-refused-fr');
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('nothing leaves the page: a loopback listener sees zero requests', () => {
  const app = serveBuiltSite();
  const listener = useLoopbackListener();

  test('hostile SQL is refused with a clear message and reaches nobody; loaded tables stay queryable', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: 'view=console' });
    try {
      const { page } = opened;
      expect(await waitForEngine(page)).toBe('ready');
      const hostile: [string, string][] = [
        [`COPY (SELECT 1) TO '${listener.base}/x.csv'`, 'outside'],
        [`ATTACH '${listener.base}/db.duckdb' AS stolen`, 'outside'],
        [`SELECT * FROM read_csv('${listener.base}/a.csv')`, 'lockdown'],
        [`INSTALL httpfs FROM '${listener.base}/'`, 'outside'],
        ['LOAD httpfs', 'outside'],
        [`SELECT * FROM read_text('${listener.base}/t.txt')`, 'lockdown'],
        [`SELECT * FROM read_csv(['${listener.base}/a.csv', '${listener.base}/b.csv'])`, 'lockdown'],
        ['SET enable_external_access = true', 'lockdown'],
        [`SET custom_extension_repository = '${listener.base}'`, 'lockdown'],
        [`SELECT * FROM 'http://127.0.0.1:${new URL(listener.base).port}/a.parquet'`, 'duckdb'],
        [`WITH t AS (SELECT 1) SELECT * FROM read_csv_auto('${listener.base}/c.csv')`, 'lockdown'],
      ];
      for (const [sql, reason] of hostile) {
        await runAndWait(page, sql);
        await sqlError(page).waitFor();
        expect(await sqlError(page).getAttribute('data-reason'), sql).toBe(reason);
        if (reason !== 'duckdb') expect(await sqlError(page).innerText(), sql).toMatch(/This console cannot reach files or the network/);
      }
      await screenshot(page, 'console-refused-en');
      await runAndWait(page, 'SELECT count(*) AS n FROM sales');
      expect(await result(page).getAttribute('data-rows')).toBe('1');
      expect(listener.requests).toEqual([]);
      expectCleanRun(opened);
    } finally {
      await opened.close();
    }
  });

  test('a hostile link asks first, and once declined nothing is fetched; the page itself cannot reach another origin', async () => {
    const opened = await openApp({ baseUrl: app.url, hash: `src=${encodeURIComponent(`${listener.base}/a.csv`)}&view=console` });
    try {
      const { page } = opened;
      await page.locator('[data-testid="remote-source"]').waitFor({ timeout: 30_000 });
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/connect-src 'self';/);
      expect(policy).not.toContain(listener.base);
      await page.locator('[data-testid="remote-decline"]').click();
      expect(await waitForEngine(page)).toBe('ready');

      // The Content-Security-Policy stops the page too, whatever its code tries.
      const outcome = await page.evaluate(async (url) => {
        const image = new Image();
        image.src = `${url}/pixel.png`;
        try {
          await fetch(`${url}/probe`);
          return 'fetched';
        } catch {
          return 'blocked';
        }
      }, listener.base);
      expect(outcome).toBe('blocked');
      await page.waitForTimeout(500);
      expect(listener.requests).toEqual([]);
      // The two refusals above are the browser reporting its policy at work, and nothing else.
      expect(opened.consoleErrors.length).toBeGreaterThan(0);
      expect(opened.consoleErrors.every((e) => /Content Security Policy/.test(e) && e.includes(listener.base))).toBe(true);
      expect(opened.foreignRequests.every((r) => r.includes(listener.base))).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
