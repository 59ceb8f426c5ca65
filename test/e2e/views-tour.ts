// The four views of the app, visited in one page by changing the hash (the engine stays up, so a
// tour costs one cold start). Used by the accessibility and phone tests.
import type { Page } from 'playwright-core';
import { waitForEngine, waitForEngineAfter } from './browser';

/** A hang guard for one view's queries on a loaded machine (not a speed assertion). */
const SETTLE = 180_000;

export const VIEWS = ['overview', 'competition', 'data', 'console'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Shows `view` (with `extra` hash keys, e.g. `lang=fr`) and waits until its panels have answered. */
export async function showView(page: Page, view: ViewName, extra = ''): Promise<void> {
  const hash = `#view=${view}${extra ? `&${extra}` : ''}`;
  if ((await page.evaluate(() => location.hash)) === hash) {
    await settle(page, view);
    return;
  }
  if (view === 'data') {
    // The Data page publishes no readiness of its own (nothing on it waits for a query).
    await page.evaluate((h) => (location.hash = h), hash);
    await page.locator('[data-testid="upload-input"]').waitFor({ state: 'attached', timeout: SETTLE });
  } else {
    await waitForEngineAfter(page, () => page.evaluate((h) => (location.hash = h), hash), { timeout: SETTLE });
  }
  await settle(page, view);
}

async function settle(page: Page, view: ViewName): Promise<void> {
  if (view === 'data') await page.locator('[data-testid="upload-input"]').waitFor({ state: 'attached', timeout: SETTLE });
  else await waitForEngine(page, SETTLE);
  if (view === 'console') await page.locator('[data-testid="sql-editor"]').waitFor({ timeout: SETTLE });
  // The engine's start-up banner goes once the engine is up.
  await page.locator('.engine-banner:not(.engine-error)').waitFor({ state: 'detached', timeout: SETTLE });
}

interface AxeViolation {
  id: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core's findings on the page, one line per rule and element. Its source is evaluated in the
 * page from node_modules (the page's CSP refuses an inline <script>, which addScriptTag would add).
 */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;0`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}
