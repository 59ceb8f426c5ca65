import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNodeEngine } from '../engine/node-engine';
import { loadCanonicalDataset, type CanonicalFiles } from '../ingest/load-canonical';
import { readDatasetFacets } from '../queries/dataset-facets';
import { shellQueries } from '../queries/overview-queries';
import { overviewResults } from '../session/overview-client';
import { withDefaultPeriod } from '../state/default-period';
import { firstPaintTemplates } from './first-paint-markup';
import { DEFAULT_FILTERS, type Filters } from '../state/filters';
import type { BuiltQuery } from '../queries/built-query';
import { firstPaintKpis } from './first-paint-cards';
import { decodeResult, encodeResult, snapshotKey, snapshotScriptTag, type FirstPaintSnapshot } from '../state/first-paint-snapshot';

/** The bundled files of the default dataset, read from data/ as the browser fetches them from dist/. */
function sampleFiles(dataDir: string): CanonicalFiles {
  const read = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dataDir, 'sample', name))) });
  return { sales: read('sales.csv.gz'), targets: read('targets.csv'), platform_fees: read('platform_fees.csv'), events: read('events.csv') };
}

/**
 * Computes, with DuckDB-WASM in Node, every query the default view (`#` with no state) runs:
 * the overview's (context and facts) and the filter bar's. Run at build time (vite.config.ts) so the first
 * paint needs no engine at all.
 */
export async function computeFirstPaintSnapshot(dataDir: string, filters: Filters = DEFAULT_FILTERS): Promise<FirstPaintSnapshot> {
  const engine = await createNodeEngine();
  try {
    await loadCanonicalDataset(engine, filters.dataset, sampleFiles(dataDir));
    const results: FirstPaintSnapshot['results'] = {};
    const shell = shellQueries(filters);
    for (const query of Object.values(shell))
      results[snapshotKey(filters.dataset, query.sql, query.params)] = encodeResult(await engine.query(query.sql, query.params));
    // The overview covers the data's last year unless the link names a period (state/default-period.ts).
    const lastDate = readDatasetFacets(await engine.query(shell.facets.sql, shell.facets.params)).lastDate;
    const view = withDefaultPeriod(filters, lastDate);
    // The overview's two queries: the dataset's context, then the facts its plan asks for.
    for (const [query, result] of await overviewResults(engine, view)) results[snapshotKey(filters.dataset, query.sql, query.params)] = encodeResult(result);
    const answer = (query: BuiltQuery) => {
      const stored = results[snapshotKey(filters.dataset, query.sql, query.params)];
      return stored ? decodeResult(stored) : undefined;
    };
    const cards = firstPaintKpis(view, answer);
    return { version: 1, builtAt: new Date().toISOString(), engine: engine.version, results, cards };
  } finally {
    await engine.close();
  }
}

/** What the build puts into index.html: the snapshot for `<head>`, the first paint's markup for `<body>`. */
export interface FirstPaintHtml {
  head: string;
  body: string;
}

// `tsx src/cli/first-paint-snapshot.ts`: prints, as JSON, the snapshot's <script> element and the
// default view's static markup for index.html (vite.config.ts runs it in a child process at build time).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const snapshot = await computeFirstPaintSnapshot(path.resolve(import.meta.dirname, '../../data'));
  const html: FirstPaintHtml = { head: snapshotScriptTag(snapshot), body: firstPaintTemplates(snapshot) };
  process.stdout.write(JSON.stringify(html));
}
