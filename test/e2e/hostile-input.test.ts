// End-to-end, real Chromium: script canaries hidden in CSV headers, cells, the uploaded file's
// name, the dataset's name and link values (#retailer, #src, #data, st=…) never run, in every
// view: tooltips hovered, every chart exported (PNG, SVG, CSV), rejects downloaded, the briefing
// printed. Each page counts `window.__canary`; dialogs, requests to another origin, failed
// requests (an <img src=x> that was rendered would fetch `x`) and console errors fail the test.
// The payloads must still be readable, as text, where the data is shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { downloadFrom, expectCleanRun, openApp, screenshot, SCREENSHOT_DIR, waitForEngine, type OpenedApp } from './browser';
import {
  canaryCount,
  expectNoActiveMarkup,
  HOSTILE_DATASET_NAME,
  HOSTILE_FILE_STEM,
  hostileLinks,
  LINK_NAMES,
  hostileSalesCsv,
  hostileTargetsCsv,
  installCanary,
  PAYLOADS,
} from './hostile-payloads';
import { recordBrowserFigures } from './reliability-counts';

/** Every view of the app. */
const VIEWS = ['overview', 'data', 'competition', 'console'] as const;
const CHARTS = ['chart-goal-progress', 'chart-revenue-by-channel', 'chart-channel-mix', 'chart-commission'];

describe('hostile input is shown as text and never runs (built app in Chromium)', () => {
  const server = serveBuiltSite();
  const opened: OpenedApp[] = [];
  const dialogs: string[] = [];
  let canaries = 0;
  let placements = 0;

  afterAll(() => {
    canaries += dialogs.length;
    console.log(
      `hostile-input: ${PAYLOADS.length} payloads in ${placements} places (headers, cells, file and dataset names, link values), ${VIEWS.length} views; ${canaries} canaries fired, ${opened.reduce((n, a) => n + a.foreignRequests.length, 0)} requests leaked`,
    );
    recordBrowserFigures('hostile-input', opened, canaries);
  });

  async function open(hash: string): Promise<OpenedApp> {
    const app = await openApp({ baseUrl: server.url, hash: 'view=data' });
    opened.push(app);
    await installCanary(app.context, dialogs);
    await app.page.goto(`${server.url}#${hash}`);
    await app.page.reload({ waitUntil: 'domcontentloaded' });
    return app;
  }

  /** The canary has not run on this page, and nothing on it is live markup. */
  async function expectQuiet(page: Page, where: string): Promise<void> {
    const count = await canaryCount(page);
    canaries += Number.isFinite(count) ? count : 1;
    expect(count, `window.__canary on ${where}`).toBe(0);
    expect(dialogs, `dialogs opened on ${where}`).toEqual([]);
    await expectNoActiveMarkup(page, where);
  }

  async function visitViews(page: Page, label: string): Promise<void> {
    for (const view of VIEWS) {
      await page.locator(`[data-testid="nav-${view}"]`).click();
      await page.waitForTimeout(0);
      if (view === 'overview') await waitForEngine(page);
      await expectQuiet(page, `${label}, ${view}`);
    }
  }

  /** Hovers every bar and line of the overview's charts; returns the tooltips' text. */
  async function hoverCharts(page: Page): Promise<string> {
    let seen = '';
    for (const chart of CHARTS) {
      const surface = page.locator(`[data-testid="${chart}"] .recharts-wrapper`).first();
      if (!(await surface.count())) continue;
      await surface.scrollIntoViewIfNeeded();
      const box = (await surface.boundingBox())!;
      for (const fx of [0.2, 0.5, 0.8]) {
        for (const fy of [0.3, 0.5, 0.7]) {
          await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
          const tooltip = page.locator(`[data-testid="${chart}"] .recharts-tooltip-wrapper`);
          if (await tooltip.count()) seen += ` ${await tooltip.innerText().catch(() => '')}`;
        }
      }
    }
    return seen;
  }

  /** Exports every chart as PNG, SVG and CSV; checks the files hold the text inertly. */
  async function exportCharts(page: Page, prefix: string): Promise<string> {
    let allText = '';
    for (const chart of CHARTS) {
      const card = page.locator(`[data-testid="${chart}"]`);
      for (const format of ['png', 'svg', 'csv'] as const) {
        const button = card.locator(`[data-testid="export-${format}"]`);
        if (!(await button.count())) continue;
        const download = await downloadFrom(page, button);
        const file = path.join(SCREENSHOT_DIR, `${prefix}-${chart}.${format}`);
        await download.saveAs(file);
        const bytes = readFileSync(file);
        if (format === 'png') {
          expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
          continue;
        }
        const text = bytes.toString('utf8');
        allText += text;
        if (format === 'svg') {
          // The chart itself, not a legend icon.
          expect(text.startsWith('<svg')).toBe(true);
          expect(Number(/^<svg[^>]*\swidth="(\d+)"/.exec(text)?.[1]), `${chart}.svg width`).toBeGreaterThan(200);
          // Text is escaped (`<` is `&lt;`, `"` in attributes `&quot;`), so every `<` left opens a
          // real element and every `name="…"` is a real attribute: check those.
          const tags = text.match(/<[^>]*>/g) ?? [];
          const elements = tags.filter((tag) => /^<\/?\s*(script|foreignObject|iframe|object|embed|use|animate|set|image)\b/i.test(tag));
          const attributes = tags
            .flatMap((tag) => [...tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)])
            .filter(([, name, value]) => /^on/i.test(name!) || (/(^|:)href$|^src$/i.test(name!) && !value!.startsWith('#')));
          expect([...elements, ...attributes.map((a) => a[0])], `${chart}.svg active content`).toEqual([]);
        }
      }
    }
    return allText;
  }

  test('uploaded files: payloads in headers, cells, the file name and the dataset name, in every view, tooltip, export and the printout', async () => {
    const app = await open('view=data');
    const { page } = app;
    try {
      await page.locator('[data-testid="upload-input"]').setInputFiles([
        { name: `${HOSTILE_FILE_STEM}.csv`, mimeType: 'text/csv', buffer: Buffer.from(hostileSalesCsv()) },
        { name: `objectif ${PAYLOADS[3]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(hostileTargetsCsv()) },
      ]);
      await expect.poll(() => page.locator('[data-testid="file-card"] .preview-table').count(), { timeout: 30_000 }).toBe(2);
      await expect.poll(() => page.locator('[data-testid="kind-select"]').nth(1).inputValue()).toBe('targets');
      placements += 2 + 2 + 12 * 4; // file names, extra headers, channel/platform/region/category cells
      const preview = await page.locator('[data-testid="file-card"]').first().innerText();
      for (const payload of [PAYLOADS[0], PAYLOADS[3], HOSTILE_FILE_STEM]) expect(preview).toContain(payload);
      await expectQuiet(page, 'the previews');
      await screenshot(page, 'hostile-preview');

      await page.locator('[data-testid="dataset-name"]').fill(HOSTILE_DATASET_NAME);
      placements += 1;
      await page.locator('[data-testid="ingest-confirm"]').click();
      await page.locator('[data-testid="open-dataset"]').waitFor({ timeout: 60_000 });
      const report = page.locator('[data-testid="ingest-report"]').first();
      expect([
        await report.getAttribute('data-rows-read'),
        await report.getAttribute('data-rows-loaded'),
        await report.getAttribute('data-rows-rejected'),
      ]).toEqual(['13', '12', '1']);
      expect(await report.innerText()).toContain(PAYLOADS[1]);
      const [rejects] = await Promise.all([page.waitForEvent('download'), report.locator('[data-testid="download-rejects"]').click()]);
      expect(rejects.suggestedFilename()).not.toMatch(/[<>"/\\:*?|]/);
      expect(rejects.suggestedFilename()).toMatch(/\.rejects\.csv$/);
      await expectQuiet(page, 'the ingest report');
      await screenshot(page, 'hostile-report');

      await page.locator('[data-testid="open-dataset"]').click();
      expect(await waitForEngine(page)).toBe('ready');
      // The file's name became the retailer; it is the one selected, as text.
      expect(await page.locator('[data-testid="filter-retailer"]').inputValue()).toBe(HOSTILE_FILE_STEM);
      expect(await page.locator('[data-testid="dataset-select"] option:checked').innerText()).toBe(HOSTILE_DATASET_NAME);
      const overview = await page.locator('main').innerText();
      for (const payload of [PAYLOADS[2], PAYLOADS[4], PAYLOADS[5]]) expect(overview).toContain(payload);
      // The goal's `javascript:` source is shown as text, never as a link.
      expect(await page.locator('a.source-link[href^="javascript" i]').count()).toBe(0);
      expect(overview).toContain(PAYLOADS[3]);
      const tooltips = await hoverCharts(page);
      expect(
        PAYLOADS.some((payload) => tooltips.includes(payload)),
        `a tooltip shows a payload as text: ${tooltips.slice(0, 500)}`,
      ).toBe(true);
      await expectQuiet(page, 'the overview after hovering');
      const exported = await exportCharts(page, 'hostile-upload');
      expect(exported).toContain('&lt;img src=x onerror=');
      expect(exported).toContain(`'=HYPERLINK(`);
      await expectQuiet(page, 'the overview after exporting');
      await screenshot(page, 'hostile-overview');

      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.print-header').innerText();
      expect(printed).toContain(HOSTILE_DATASET_NAME);
      expect(printed).toContain(HOSTILE_FILE_STEM);
      await screenshot(page, 'hostile-print');
      await page.emulateMedia({ media: 'screen' });
      await visitViews(page, 'the uploaded dataset');
      // Reloaded from this browser's storage: still text.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await visitViews(page, 'the uploaded dataset after a reload');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  // One test per link: each opens its own browser.
  test.each(LINK_NAMES)('a link with payloads in %s', async (name) => {
    const link = (await hostileLinks()).find((l) => l.name === name)!;
    const app = await open(link.hash);
    const { page } = app;
    try {
      placements += 1;
      const pending = link.hash.startsWith('src=https'); // waits for the viewer's agreement: loads nothing
      // A pending source shows its question once the app has started; nothing else waits for it.
      if (pending) await page.locator('[data-testid="remote-source"]').waitFor({ timeout: 60_000 });
      else await waitForEngine(page);
      const text = await page.locator('body').innerText();
      for (const expected of link.expectText) expect(text, `${name}: "${expected}" shown`).toContain(expected);
      await expectQuiet(page, name);
      const slug = name.replaceAll(' ', '-');
      if (name === 'filter values' || name === 'data carried by the link') {
        await hoverCharts(page);
        await exportCharts(page, `hostile-link-${slug}`);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.print-header').innerText()).toContain(PAYLOADS[0]);
        await page.emulateMedia({ media: 'screen' });
        await expectQuiet(page, `${name}, hovered, exported and printed`);
      }
      await screenshot(page, `hostile-link-${slug}`);
      if (!pending) await visitViews(page, name);
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
