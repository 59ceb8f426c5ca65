// End-to-end: the competition view and the net-revenue switch in the built app, in Chromium.
// `npm run test:e2e` builds first; run `npm run build` before `vitest run --project e2e`.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serveBuiltSite } from './built-site';
import { expectCleanRun, openApp, screenshot, waitForEngine, waitForEngineAfter } from './browser';

const EURO = 1; // money compares to the euro

async function numberAttribute(page: Page, selector: string, attribute: string): Promise<number> {
  const raw = await page.locator(selector).first().getAttribute(attribute, { timeout: 15_000 });
  expect(raw, `${selector} ${attribute}`).not.toBeNull();
  expect(raw, `${selector} ${attribute}`).not.toBe('');
  const value = Number(raw);
  expect(Number.isFinite(value), `${selector} ${attribute}="${raw}" is a number`).toBe(true);
  return value;
}

const cardRevenue = (page: Page, retailer: string) => numberAttribute(page, `[data-testid="alliance-${retailer}"]`, 'data-revenue');
const kpi = (page: Page, testId: string) => numberAttribute(page, `[data-testid="${testId}"]`, 'data-value');

/** Changes the hash as a visitor editing the link would, and waits for the numbers to settle. */
async function goToHash(page: Page, hash: string): Promise<void> {
  const state = await waitForEngineAfter(page, () => page.evaluate((h) => (window.location.hash = h), hash));
  expect(state).toBe('ready');
}

async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} a[href]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

describe('competition view (built app in Chromium)', () => {
  const server = serveBuiltSite();

  test('public figures: both alliances, what was not published said with its source, in English and French', async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'dataset=public&view=competition', locale: 'en-GB' });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      const view = app.page.locator('[data-testid="competition-view"]');
      await view.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await app.page.locator('[data-testid="nav-competition"]').getAttribute('aria-current')).toBe('page');
      // Published e-commerce revenue 2017–2023 (2021 not published): 0.85 + 1.2 + 1.3 + 2.3 + 4.2 + 5.3 = €15.15bn;
      // Monoprix: the analyst's €12.5m (midpoint of €10–15m) for 2018 only.
      expect(Math.abs((await cardRevenue(app.page, 'Carrefour')) - 15.15e9)).toBeLessThanOrEqual(EURO);
      expect(Math.abs((await cardRevenue(app.page, 'Monoprix')) - 12.5e6)).toBeLessThanOrEqual(EURO);

      const carrefour = app.page.locator('[data-testid="alliance-Carrefour"]');
      const carrefourText = await carrefour.innerText();
      expect(carrefourText).toContain('2021: not published');
      expect(carrefourText).toContain('Channel split not published');
      expect(await carrefour.locator('[data-testid="alliance-commission"] .alliance-value').innerText()).toBe('Not published');
      const carrefourLinks = await hrefs(app.page, '[data-testid="alliance-Carrefour"]');
      expect(carrefourLinks).toContain('https://financialreports.eu/filings/861597/content'); // 2022 GMV
      expect(carrefourLinks).toContain('https://financialreports.eu/filings/carrefour/earnings-release/2022/888050'); // 2021 not published
      expect(carrefourLinks.some((h) => h.startsWith('https://quantstreams.com/'))).toBe(true); // Google's rate undisclosed
      expect(carrefourLinks).toContain(
        'https://economictimes.indiatimes.com/internet/google-carrefour-sign-deal-for-online-grocery-push/articleshow/64554633.cms',
      ); // launch

      const monoprix = app.page.locator('[data-testid="alliance-Monoprix"]');
      expect(await monoprix.innerText()).toContain('€200m a year');
      const monoprixLinks = await hrefs(app.page, '[data-testid="alliance-Monoprix"]');
      expect(monoprixLinks.some((h) => h.startsWith('https://www.francetvinfo.fr/'))).toBe(true);
      expect(monoprixLinks.some((h) => h.startsWith('http://www.europe1.fr/'))).toBe(true);
      // Amazon's 8% of €12.5m, bridged gross → commission → net.
      expect(Math.abs((await numberAttribute(app.page, '[data-testid="waterfall-Monoprix"]', 'data-commission')) - 1e6)).toBeLessThanOrEqual(EURO);

      // Dated events with their sources, and the fee schedule with Google's 12% and Amazon's 8%.
      const events = await hrefs(app.page, '[data-testid="competition-events"]');
      expect(events.length).toBeGreaterThanOrEqual(8);
      const fees = await app.page.locator('[data-testid="fee-schedules"]').innerText();
      expect(fees).toMatch(/Google Shopping[\s\S]*12%/);
      expect(fees).toMatch(/Amazon Prime Now[\s\S]*8\.0%/);
      await app.page.locator('[data-testid="chart-launch-index"] .recharts-line').first().waitFor({ timeout: 10_000 });
      await screenshot(app.page, 'competition-public-en.png');

      // The same view in French.
      await app.page.locator('[data-testid="lang-select"]').selectOption('fr');
      await app.page.waitForFunction(() => document.documentElement.lang === 'fr');
      const french = await app.page.locator('[data-testid="competition-view"]').innerText();
      expect(french).toContain('Non publié');
      expect(french).toContain('2021 : non publié');
      expect(french).toMatch(/15,2\sMd€/);
      // The bundled data's events, fee schedules and metrics in French.
      expect(french).toContain('Annonce du partenariat Carrefour × Google');
      expect(french).toContain('Commission d’Amazon sur les paniers Monoprix, environ 8 % (Europe 1)');
      expect(french).toContain('estimation d’analyste');
      expect(french).not.toMatch(/partnership announced|Own channel|food e-commerce/);
      await screenshot(app.page, 'competition-public-fr.png');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('sample: each card’s revenue equals the overview’s actual for the same retailer and period', async () => {
    const period = 'from=2022-01-01&to=2022-12-31';
    const app = await openApp({ baseUrl: server.url, hash: `view=competition&${period}`, locale: 'en-GB' });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      const cards = { Carrefour: await cardRevenue(app.page, 'Carrefour'), Monoprix: await cardRevenue(app.page, 'Monoprix') };
      expect(Math.abs(cards.Carrefour - 4.2e9)).toBeLessThanOrEqual(EURO); // calibrated to the published 2022 figure
      // Carrefour's platforms are bridged: Google takes 12%, so net via platforms < gross.
      const commission = await numberAttribute(app.page, '[data-testid="waterfall-Carrefour"]', 'data-commission');
      expect(commission).toBeGreaterThan(29e6);
      expect(commission).toBeLessThan(30e6);
      expect(await app.page.locator('[data-testid="waterfall-Carrefour"] .recharts-bar-rectangle').count()).toBe(5); // gross, 3 platforms, net
      await screenshot(app.page, 'competition-sample-en.png');

      for (const retailer of ['Carrefour', 'Monoprix'] as const) {
        await goToHash(app.page, `#retailer=${retailer}&${period}`);
        expect(Math.abs((await kpi(app.page, 'kpi-actual')) - cards[retailer]), retailer).toBeLessThanOrEqual(EURO);
      }
      // The driver bridge of the overview: 2022 against 2021, the parts add up to the change.
      const bridge = app.page.locator('[data-testid="drivers-bridge"]');
      const [orders, basket, change] = await Promise.all(
        ['data-orders-effect', 'data-basket-effect', 'data-change'].map((a) => bridge.getAttribute(a).then(Number)),
      );
      expect(Math.abs(orders! + basket! - change!)).toBeLessThan(0.01);

      // Picking the retailers: a link naming one shows it alone and asks for another; ticking the
      // other brings its card back and, everything being ticked, drops the key from the link.
      await goToHash(app.page, `#view=competition&compare=Monoprix&${period}`);
      expect(await app.page.locator('[data-testid^="alliance-"][data-revenue]').count()).toBe(1);
      expect(await app.page.locator('[data-testid="competition-view"]').innerText()).toContain('Only one retailer');
      const state = await waitForEngineAfter(app.page, () => app.page.locator('[data-testid="compare-Carrefour"]').check());
      expect(state).toBe('ready');
      expect(Math.abs((await cardRevenue(app.page, 'Carrefour')) - cards.Carrefour)).toBeLessThanOrEqual(EURO);
      expect(await app.page.evaluate(() => location.hash)).not.toContain('compare=');
      expect(await app.page.locator('[data-testid="compare-Monoprix"]').isDisabled()).toBe(true); // a comparison keeps two sides
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('the net switch lowers attainment on the overview, reaches the competition cards, and survives a reload', async () => {
    // 2022, the goal year (the default view is the data's last year, 2023, before the 2026 goal).
    const app = await openApp({ baseUrl: server.url, locale: 'fr-FR', hash: 'from=2022-01-01&to=2022-12-31' });
    try {
      expect(await waitForEngine(app.page), `engine state; console: ${app.consoleErrors.join(' | ')}`).toBe('ready');
      const gross = { attainment: await kpi(app.page, 'kpi-attainment'), actual: await kpi(app.page, 'kpi-actual'), target: await kpi(app.page, 'kpi-target') };
      const state = await waitForEngineAfter(app.page, () => app.page.locator('[data-testid="filter-basis"]').selectOption('net'));
      expect(state).toBe('ready');
      expect(new URLSearchParams((await app.page.evaluate(() => location.hash)).slice(1)).get('basis')).toBe('net');
      const net = { attainment: await kpi(app.page, 'kpi-attainment'), actual: await kpi(app.page, 'kpi-actual'), target: await kpi(app.page, 'kpi-target') };
      expect(net.target).toBe(gross.target);
      expect(net.attainment).toBeLessThan(gross.attainment);
      // Lower by exactly the commission's share of the target.
      expect(Math.abs(gross.attainment - net.attainment - (gross.actual - net.actual) / gross.target)).toBeLessThan(1e-9);
      expect(gross.actual - net.actual).toBeGreaterThan(29e6); // Google's 12% on Carrefour's 2022 platform sales
      expect(await app.page.locator('[data-testid="kpi-net-note"]').count()).toBe(1);
      expect(await app.page.locator('[data-testid="chart-goal-progress"]').innerText()).toContain('Réalisé cumulé, net de commission');
      await screenshot(app.page, 'overview-net-fr.png');

      await app.page.reload({ waitUntil: 'domcontentloaded' });
      expect(await waitForEngine(app.page)).toBe('ready');
      expect(await app.page.locator('[data-testid="filter-basis"]').inputValue()).toBe('net');
      expect(await kpi(app.page, 'kpi-attainment')).toBe(net.attainment);

      // The competition view measures the same net revenue.
      await goToHash(app.page, '#view=competition&basis=net&from=2022-01-01&to=2022-12-31');
      expect(Math.abs((await cardRevenue(app.page, 'Carrefour')) - net.actual)).toBeLessThanOrEqual(EURO);
      expect(await app.page.locator('[data-testid="alliance-Carrefour"]').getAttribute('data-basis')).toBe('net');
      await app.page.locator('[data-testid="chart-launch-index"] .recharts-line').first().waitFor({ timeout: 10_000 });
      await screenshot(app.page, 'competition-sample-fr.png');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });

  test('public figures on the overview: the driver bridge says why it cannot split orders and basket', async () => {
    const app = await openApp({ baseUrl: server.url, hash: 'dataset=public&from=2022-01-01&to=2022-12-31' });
    try {
      expect(await waitForEngine(app.page)).toBe('ready');
      expect(await app.page.locator('[data-testid="drivers-no-orders"]').innerText()).toContain('no order counts');
      expectCleanRun(app);
    } finally {
      await app.close();
    }
  });
});
