// The reliability figures line (docs/security-and-reliability.md, quoted in the README):
//   reliability: N files tried, R refused clearly, C crashes, L rows lost, K canaries fired, Q requests leaked
// Its parts come from different test runs, so each writes its part to test/results/reliability/
// (git-ignored) and the end-to-end run's teardown (test/e2e/reliability-setup.ts) prints the line:
// - files tried, refused clearly, crashes, rows lost: the shared CSV corpus through the ingest and
//   DuckDB (test/integration/ingest-corpus.test.ts writes `ingest.json`);
// - canaries fired, requests leaked: the end-to-end files that plant script canaries and kill the
//   engine (each writes `browser-<file>.json` with what its pages saw).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const FIGURES_DIR = path.resolve(import.meta.dirname, '../results/reliability');

export interface IngestFigures {
  filesTried: number;
  refusedClearly: number;
  crashes: number;
  rowsLost: number;
}

export interface BrowserFigures {
  /** Browsers (contexts, each with its tabs) whose events were counted. */
  browsers: number;
  /** Times a planted script canary ran (the counter in the page, plus dialogs opened). */
  canariesFired: number;
  /** Requests to any origin other than the app's. */
  requestsLeaked: number;
}

export function writeFigures(part: string, figures: IngestFigures | BrowserFigures): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(path.join(FIGURES_DIR, `${part}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

export function readIngestFigures(): IngestFigures | null {
  try {
    return JSON.parse(readFileSync(path.join(FIGURES_DIR, 'ingest.json'), 'utf8')) as IngestFigures;
  } catch {
    return null;
  }
}

export function readBrowserFigures(): Record<string, BrowserFigures> {
  let names: string[] = [];
  try {
    names = readdirSync(FIGURES_DIR).filter((n) => n.startsWith('browser-') && n.endsWith('.json'));
  } catch {
    return {};
  }
  return Object.fromEntries(
    names.map((n) => [n.slice('browser-'.length, -'.json'.length), JSON.parse(readFileSync(path.join(FIGURES_DIR, n), 'utf8')) as BrowserFigures]),
  );
}

/** Forgets the browser parts of an earlier run (the ingest part belongs to the integration run). */
export function clearBrowserFigures(): void {
  for (const part of Object.keys(readBrowserFigures())) rmSync(path.join(FIGURES_DIR, `browser-${part}.json`), { force: true });
}

export function reliabilityLine(ingest: IngestFigures, browser: readonly BrowserFigures[]): string {
  const canaries = browser.reduce((n, b) => n + b.canariesFired, 0);
  const leaked = browser.reduce((n, b) => n + b.requestsLeaked, 0);
  return `reliability: ${ingest.filesTried} files tried, ${ingest.refusedClearly} refused clearly, ${ingest.crashes} crashes, ${ingest.rowsLost} rows lost, ${canaries} canaries fired, ${leaked} requests leaked`;
}

/** The four figures that must be zero, as `name: value` for those that are not. */
export function nonZeroFigures(ingest: IngestFigures, browser: readonly BrowserFigures[]): string[] {
  const values: Record<string, number> = {
    crashes: ingest.crashes,
    'rows lost': ingest.rowsLost,
    'canaries fired': browser.reduce((n, b) => n + b.canariesFired, 0),
    'requests leaked': browser.reduce((n, b) => n + b.requestsLeaked, 0),
  };
  return Object.entries(values)
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${k}: ${v}`);
}
