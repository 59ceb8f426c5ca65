// Property test (fast-check, fixed seed, bounded runs): every named query of the overview and of
// the competition view gives the same answer through the summary table (`cube`: whole months
// from it, part-months from the sales rows) as through the sales table alone (`raw`), for random
// filters on both bases — on the bundled sample and on a generated export loaded through the
// ingest path. Money to the cent (DECIMAL sums are exact), other doubles to 1e-9 relative.
// A second test deletes a copy's sales rows after its cube is built: whole-month filters must
// still get the raw answers, so the cube alone answers them. Real DuckDB-WASM in Node.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { loadCanonicalDataset } from '../../src/ingest/load-canonical';
import { loadPreparedDataset } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import type { BuiltQuery } from '../../src/queries/built-query';
import { competitionQueries } from '../../src/queries/competition-queries';
import { datasetFacetsQuery } from '../../src/queries/dataset-facets';
import { overviewQueries } from '../../src/queries/overview-queries';
import type { SalesSource } from '../../src/queries/sales-facts';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { CATEGORIES, REGIONS } from '../../data/sample-model';
import { exportLines } from '../bench/generate-sales';
import { bundledFiles, engineWithBundledData } from '../support/node-engine';
import { bound, day, expectSameResult, retailers } from '../support/same-result';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { englishText } from '../../src/i18n/message';

const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261129);
const RUNS = Math.max(1, Math.round(Number(process.env.CIBLE_FUZZ_RUNS ?? 120) / 4));
const BENCH = 'bench20k';
const CUBE_ONLY = 'cube_only';

function allQueries(filters: Filters, source: SalesSource): Record<string, BuiltQuery> {
  const overview = overviewQueries(filters, null, source);
  const competition = competitionQueries(filters, source);
  return {
    ...overview,
    facets: datasetFacetsQuery(filters.dataset, source),
    ...Object.fromEntries(Object.entries(competition).map(([name, q]) => [`competition.${name}`, q])),
  };
}

/** Same names, types and row count; numbers equal to 1e-9 relative (NaN for NULL on both); text exactly. */
const filtersArb = (datasets: readonly string[]) =>
  fc.record({
    dataset: fc.constantFrom(...datasets),
    from: bound('start'),
    to: bound('end'),
    retailer: fc.constantFrom(null, ...retailers),
    channels: fc.subarray(['voice', 'web', 'partner', 'total']),
    region: fc.constantFrom(null, ...REGIONS),
    category: fc.constantFrom(null, ...CATEGORIES),
    // A platform cross-filter (a click on the commission chart), now and then.
    platform: fc.constantFrom(null, null, null, 'Google Shopping', 'Drive'),
    targetAsOf: fc.oneof(fc.constant(null), day),
    goal: fc.constantFrom(null, '2022-12-31', '2026-12-31', '2030-12-31'),
    basis: fc.constantFrom('gross' as const, 'net' as const),
    compare: fc.subarray(retailers),
  });

describe('the summary table answers exactly as the sales table', () => {
  let engine: Engine;
  const run = async (q: BuiltQuery) => engine.query(q.sql, q.params);

  beforeAll(async () => {
    engine = await engineWithBundledData();
    // A generated export (many rows a day: stores, regions, categories) through the ingest path,
    // with the sample's goals and fee schedule so the KPIs and the net basis have work to do.
    const exportText = `${[...exportLines(20_000)].join('\n')}\n`;
    const side = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../data/sample', name)));
    const prepared = [
      await prepareIngest({ fileName: 'export.csv', bytes: new TextEncoder().encode(exportText), kind: 'sales' }),
      await prepareIngest({ fileName: 'targets.csv', bytes: side('targets.csv'), kind: 'targets' }),
      await prepareIngest({ fileName: 'platform_fees.csv', bytes: side('platform_fees.csv'), kind: 'fees' }),
    ];
    for (const p of prepared) expect(p.report.refused, englishText(p.report.reason)).toBeFalsy();
    await loadPreparedDataset(engine, BENCH, prepared);
    // The sample again, then its sales rows deleted: only its cube is left to answer.
    await loadCanonicalDataset(engine, CUBE_ONLY, bundledFiles('sample'));
    await engine.exec(`DELETE FROM "ds_${CUBE_ONLY}".sales`);
  }, 300_000);

  afterAll(async () => {
    await engine?.close();
  });

  it('the generated export loaded with its goals and fees, and its cube is much smaller than it', async () => {
    const counts =
      await engine.query(`SELECT (SELECT count(*) FROM "ds_${BENCH}".sales)::DOUBLE AS rows, (SELECT count(*) FROM "cube_${BENCH}".sales_monthly)::DOUBLE AS cube,
      (SELECT count(*) FROM "ds_${BENCH}".platform_fees)::DOUBLE AS fees`);
    expect(counts.columns.rows![0]).toBe(20_000);
    expect(counts.columns.fees![0]).toBeGreaterThan(0);
    expect(counts.columns.cube![0]).toBeLessThan(20_000);
  });

  it('for random filters on both bases, every overview and competition query, sample and generated export', { timeout: 900_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb(['sample', BENCH, 'public']), async (filters) => {
        const cube = allQueries(filters, 'cube');
        const raw = allQueries(filters, 'raw');
        for (const name of Object.keys(raw)) {
          expectSameResult(await run(cube[name]!), await run(raw[name]!), `${name} ${JSON.stringify(filters)}`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the default view, and whole months, quarters and years, are answered by the cube alone', { timeout: 600_000 }, async () => {
    const views: Partial<Filters>[] = [
      {},
      { basis: 'net' },
      { from: '2022-01-01', to: '2022-12-31' },
      { from: '2022-01-01', to: '2022-06-30', basis: 'net' },
      { from: '2021-04-01', to: '2021-06-30', retailer: 'Monoprix', channels: ['partner'] },
      { from: '2020-03-01', to: '2020-03-31', region: 'Sud', category: 'Frais', basis: 'net' },
      { from: '2019-01-01', to: null, retailer: null, targetAsOf: '2019-01-01' },
      { from: null, to: '2021-12-31', channels: ['web', 'voice'], compare: ['Carrefour'] },
    ];
    for (const view of views) {
      const filters = { ...DEFAULT_FILTERS, ...view };
      const cube = allQueries({ ...filters, dataset: CUBE_ONLY }, 'cube');
      const raw = allQueries({ ...filters, dataset: 'sample' }, 'raw');
      for (const name of Object.keys(raw)) {
        expectSameResult(await run(cube[name]!), await run(raw[name]!), `${name} ${JSON.stringify(view)}`);
      }
    }
  });
});
