/**
 * Builds what the browser bench serves, with Vite's JS API: Cible's dist/ (as `npm run build`
 * does) and the two reference pages, so all three are measured from the same fresh build.
 */
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { CACHE_DIR } from './bench-data';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const STATIC_REFERENCE = path.join(CACHE_DIR, 'reference-static');
export const DUCKDB_REFERENCE = path.join(CACHE_DIR, 'reference-duckdb');

export async function buildCible(): Promise<void> {
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export interface StaticKpi {
  testId: string;
  label: string;
  value: number | null;
  display: string;
}

/** Puts the precomputed KPI cards into the static page's HTML: no script computes anything. */
function staticKpis(kpis: readonly StaticKpi[]): Plugin {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const cards = kpis
    .map(
      (k) =>
        `<div class="kpi" data-testid="${k.testId}" data-value="${k.value ?? ''}"><div class="kpi-label">${escape(k.label)}</div><div class="kpi-value">${escape(k.display)}</div></div>`,
    )
    .join('');
  return { name: 'bench-static-kpis', transformIndexHtml: (html) => html.replace('<!--KPIS-->', cards) };
}

async function buildReference(dir: string, outDir: string, plugins: Plugin[] = []): Promise<void> {
  await build({
    root: path.join(import.meta.dirname, 'reference', dir),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins,
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 5000 },
  });
}

export async function buildReferences(kpis: readonly StaticKpi[]): Promise<void> {
  await buildReference('static', STATIC_REFERENCE, [staticKpis(kpis)]);
  await buildReference('duckdb', DUCKDB_REFERENCE);
}
