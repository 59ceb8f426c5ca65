// Script canaries for the hostile-input end-to-end test: payloads that bump `window.__canary`
// (or open a dialog, or fetch `x`) if they are ever run as markup or code, and the files and
// links that carry them into every place Cible shows data-derived text.
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { encodeEmbedded } from '../../src/state/embedded-data';
import { packState } from '../../src/state/packed-state';

export const PAYLOADS = [
  '<img src=x onerror="window.__canary++">',
  '<script>window.__canary++</script>',
  'javascript:window.__canary++',
  '"><svg onload=window.__canary++>',
  "{{constructor.constructor('window.__canary++')()}}",
  '\'><iframe srcdoc="<script>parent.__canary++</script>">',
  '<a href="javascript:window.__canary++">clic</a>',
  '=HYPERLINK("javascript:window.__canary++";"x")',
  '__proto__',
  'constructor',
] as const;

/** A file name that is itself a payload (every character a file system allows but `/`). */
export const HOSTILE_FILE_STEM = '<img src=x onerror=window.__canary++>';
export const HOSTILE_DATASET_NAME = '"><svg onload=window.__canary++> Q1';

const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
const csv = (rows: string[][], delimiter = ';') => `${rows.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(delimiter)).join('\r\n')}\r\n`;

/**
 * Sales without a retailer column (so the file's name becomes the retailer), payloads as channel,
 * platform, region and category values and as the names of two extra columns, and one row whose
 * amount is a payload (rejected, and shown in the report).
 */
export function hostileSalesCsv(): string {
  const rows = [['Date', 'Canal', 'Plateforme', 'Région', 'Catégorie', 'Commandes', 'CA TTC', p(0), p(3)]];
  for (let i = 0; i < 12; i++) {
    rows.push([`2022-${String(i + 1).padStart(2, '0')}-15`, p(i), p(i + 1), p(i + 2), p(i + 3), String(10 + i), `${1000 + i * 250}.50`, p(i + 4), p(i + 5)]);
  }
  rows.push(['2022-06-30', 'web', 'Drive', 'Nord', 'Épicerie', '1', p(1), p(2), p(6)]);
  return csv(rows);
}

/** A goal for the file-named retailer, whose label is a payload and whose source is `javascript:`. */
export function hostileTargetsCsv(): string {
  return csv([
    ['Enseigne', 'Début', 'Fin', 'Objectif', 'Fixé le', 'Libellé', 'Source'],
    [HOSTILE_FILE_STEM, '2022-01-01', '2022-12-31', '50000', '2021-12-01', p(3), 'javascript:window.__canary++'],
  ]);
}

/** A dataset carried in a link: canonical tables with payloads everywhere, events included. */
export async function hostileLinkData(): Promise<string> {
  const retailer = p(0);
  const sales = [['date', 'retailer', 'channel', 'platform', 'region', 'category', 'orders', 'revenue_eur', 'commission_eur', 'metric', 'source']];
  for (let i = 0; i < 10; i++)
    sales.push([
      `2022-${String(i + 1).padStart(2, '0')}-01`,
      retailer,
      p(i + 1),
      p(i + 2),
      p(i + 3),
      p(i + 4),
      '3',
      `${2000 + i}`,
      '10',
      p(i + 5),
      `javascript:window.__canary++`,
    ]);
  const files = {
    sales: csv(sales, ','),
    targets: csv(
      [
        ['retailer', 'channel', 'period_start', 'period_end', 'target_eur', 'set_on', 'label', 'metric', 'source'],
        [retailer, '', '2022-01-01', '2022-12-31', '30000', '2021-06-01', p(6), p(7), 'javascript:window.__canary++'],
      ],
      ',',
    ),
    platform_fees: csv(
      [
        ['platform', 'valid_from', 'valid_to', 'rate_pct', 'fixed_eur_per_order', 'label', 'source'],
        [p(2), '2020-01-01', '', '12', '0', p(4), 'data:text/html,<script>window.__canary++</script>'],
      ],
      ',',
    ),
    events: csv(
      [
        ['date', 'retailer', 'label', 'source_url'],
        ['2022-03-01', retailer, p(5), 'javascript:window.__canary++'],
        ['2022-05-01', retailer, p(1), ' javascript:window.__canary++'],
      ],
      ',',
    ),
  };
  return encodeEmbedded({ name: HOSTILE_DATASET_NAME, files });
}

export const LINK_NAMES = [
  'filter values',
  'a javascript: source',
  'a web source named like markup',
  'data carried by the link',
  'packed state',
  'invalid keys',
] as const;

/** Link hashes whose values are payloads (URL-encoded as a browser would send them). */
export async function hostileLinks(): Promise<{ name: (typeof LINK_NAMES)[number]; hash: string; expectText: string[] }[]> {
  const q = encodeURIComponent;
  return [
    {
      name: 'filter values',
      hash: `dataset=sample&from=2022-01-01&to=2022-12-31&retailer=${q(p(0))}&region=${q(p(1))}&category=${q(p(3))}&channel=${q(p(2))}`,
      expectText: [p(0), p(1), p(3)],
    },
    { name: 'a javascript: source', hash: `src=${q('javascript:window.__canary++')}`, expectText: ['src'] },
    { name: 'a web source named like markup', hash: `src=${q(`https://evil.example/${p(0)}.csv`)}`, expectText: ['evil.example'] },
    { name: 'data carried by the link', hash: `data=${await hostileLinkData()}&retailer=${q(p(0))}`, expectText: [p(5)] },
    {
      name: 'packed state',
      hash: `dataset=sample&st=${packState({ hiddenChannels: [p(0), p(1), p(3)], trendBucket: p(2), [p(4)]: p(5) })}`,
      expectText: ['st.trendBucket'],
    },
    {
      name: 'invalid keys',
      hash: `view=${q(p(0))}&lang=${q(p(1))}&dataset=${q(p(3))}&target=${q(p(2))}&from=${q(p(5))}`,
      expectText: ['view', 'lang', 'dataset', 'target', 'from'],
    },
  ];
}

/** Every page of the context starts with `window.__canary = 0`; a payload that runs bumps it. */
export async function installCanary(context: BrowserContext, dialogs: string[]): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { __canary: number }).__canary = 0;
  });
  const watch = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  context.pages().forEach(watch);
  context.on('page', watch);
}

export async function canaryCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __canary?: number }).__canary ?? Number.NaN);
}

/**
 * Nothing on the page came from data as markup: no element React does not make (img, iframe,
 * script without src, object, embed, foreignObject), no inline event handler, no link whose
 * address is not http(s), the page itself or a download.
 */
export async function expectNoActiveMarkup(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    // The page's own first script writes the Content-Security-Policy (index.html); it is the only
    // inline script allowed, and only as the first element of <head>'s scripts.
    const policyScript = document.querySelector('head > script');
    // CodeMirror (the SQL console's editor) places empty <img class="cm-widgetBuffer"> elements,
    // with no source, around its widgets to steady the caret.
    const own = (el: Element) =>
      (el === policyScript && el.id === 'cible-csp') ||
      // The build-time figures of the first paint: JSON data, never run.
      (el.id === 'cible-first-paint' && el.getAttribute('type') === 'application/json' && el.parentElement === document.head) ||
      (el.matches('.cm-editor img.cm-widgetBuffer') && el.attributes.length === 2 && !el.hasAttribute('src'));
    for (const el of document.querySelectorAll('img, iframe, object, embed, foreignObject, script:not([src])'))
      if (!own(el)) bad.push(el.outerHTML.slice(0, 120));
    for (const el of document.querySelectorAll('*')) {
      for (const attribute of el.attributes)
        if (attribute.name.toLowerCase().startsWith('on')) bad.push(`${el.tagName} ${attribute.name}=${attribute.value.slice(0, 60)}`);
    }
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (!/^(https?:\/\/|#|blob:)/i.test(href)) bad.push(`a href=${href.slice(0, 80)}`);
    }
    return bad;
  });
  expect(found, `active markup on ${where}`).toEqual([]);
}
