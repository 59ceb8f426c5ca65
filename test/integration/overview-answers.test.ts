// Property test (fast-check, fixed seed, bounded runs): the overview's one-query path — the
// dataset's context, one facts query, every panel computed in TypeScript — gives the same answers
// as the per-panel named queries (queries/overview-queries.ts, the reference), for random filters
// on both bases, on the bundled sample, the public figures and a generated export with goals and
// fees. Money to the cent (sums are exact), other doubles to 1e-9 relative. Real DuckDB-WASM in Node.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewAnswers } from '../../src/analytics/overview-answers';
import type { Engine } from '../../src/engine/engine';
import { englishText } from '../../src/i18n/message';
import { loadPreparedDataset } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { readChannelMix } from '../../src/queries/channel-mix';
import { readCommissionByPlatform } from '../../src/queries/commission-by-platform';
import { readEvents } from '../../src/queries/events';
import { readGoalProgress } from '../../src/queries/goal-progress';
import { readGoalToDate } from '../../src/queries/goal-to-date';
import { readGoalVersions } from '../../src/queries/goal-versions';
import { readKpiSummary } from '../../src/queries/kpi-summary';
import { readOutlookSeries } from '../../src/queries/outlook-series';
import { overviewQueries } from '../../src/queries/overview-queries';
import { readPeriodYears } from '../../src/queries/period-years';
import { readRevenueByChannel } from '../../src/queries/revenue-by-channel';
import { readRevenueDrivers } from '../../src/queries/revenue-drivers';
import { readRevenueSources } from '../../src/queries/revenue-sources';
import { fetchOverviewAnswers } from '../../src/session/overview-client';
import { DEFAULT_FILTERS, type Filters, type TimeBucket } from '../../src/state/filters';
import { CATEGORIES, REGIONS } from '../../data/sample-model';
import { exportLines } from '../bench/generate-sales';
import { engineWithBundledData } from '../support/node-engine';
import { bound, day, retailers } from '../support/same-result';

const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261202);
const RUNS = Math.max(1, Math.round(Number(process.env.CIBLE_FUZZ_RUNS ?? 120) / 3));
const EXPORT = 'answers20k';

const READERS = {
  kpis: readKpiSummary,
  progress: readGoalProgress,
  byChannel: readRevenueByChannel,
  mix: readChannelMix,
  commission: readCommissionByPlatform,
  events: readEvents,
  sources: readRevenueSources,
  outlookSeries: readOutlookSeries,
  goalToDate: readGoalToDate,
  goalVersions: readGoalVersions,
  periodYears: readPeriodYears,
  drivers: readRevenueDrivers,
} satisfies { [K in keyof OverviewAnswers]: unknown };

/** Numbers to 1e-9 relative (so money to the cent), everything else exactly; Maps as their entries. */
function expectSame(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) expect(actual, where).toBe(expected);
    return;
  }
  if (expected instanceof Map) return expectSame([...(actual as Map<unknown, unknown>)], [...expected], where);
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual) ? actual.length : actual, `${where}.length`).toBe(expected.length);
    expected.forEach((e, i) => expectSame((actual as unknown[])[i], e, `${where}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectSame((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
    return;
  }
  expect(actual, where).toEqual(expected);
}

const filtersArb = (datasets: readonly string[]) =>
  fc.record({
    dataset: fc.constantFrom(...datasets),
    from: bound('start'),
    to: bound('end'),
    retailer: fc.constantFrom(null, null, ...retailers),
    channels: fc.subarray(['voice', 'web', 'partner', 'total']),
    region: fc.constantFrom(null, null, ...REGIONS),
    category: fc.constantFrom(null, null, ...CATEGORIES),
    platform: fc.constantFrom(null, null, null, 'Google Shopping', 'Drive'),
    targetAsOf: fc.oneof(fc.constant(null), day),
    goal: fc.constantFrom(null, null, '2022-12-31', '2026-12-31', '2030-12-31'),
    basis: fc.constantFrom('gross' as const, 'net' as const),
    compare: fc.subarray(retailers),
  });

describe('the overview from one facts query answers as the per-panel queries', () => {
  let engine: Engine;

  async function expectSameAnswers(filters: Filters, bucket: TimeBucket | null) {
    const answers = await fetchOverviewAnswers(engine, filters, bucket);
    const queries = overviewQueries(filters, bucket, 'cube');
    const what = JSON.stringify({ ...filters, bucket });
    for (const [name, read] of Object.entries(READERS)) {
      const q = queries[name as keyof typeof READERS];
      expectSame(answers[name as keyof OverviewAnswers], (read as (r: unknown) => unknown)(await engine.query(q.sql, q.params)), `${name} ${what}`);
    }
  }

  beforeAll(async () => {
    engine = await engineWithBundledData();
    const side = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../data/sample', name)));
    const prepared = [
      await prepareIngest({ fileName: 'export.csv', bytes: new TextEncoder().encode(`${[...exportLines(20_000)].join('\n')}\n`), kind: 'sales' }),
      await prepareIngest({ fileName: 'targets.csv', bytes: side('targets.csv'), kind: 'targets' }),
      await prepareIngest({ fileName: 'platform_fees.csv', bytes: side('platform_fees.csv'), kind: 'fees' }),
    ];
    for (const p of prepared) expect(p.report.refused, englishText(p.report.reason)).toBeFalsy();
    await loadPreparedDataset(engine, EXPORT, prepared);
  }, 300_000);

  afterAll(async () => {
    await engine?.close();
  });

  it('the default views and the as-of goal cases, on both bases', { timeout: 300_000 }, async () => {
    const views: Partial<Filters>[] = [
      { from: '2023-01-01', to: '2023-12-31' },
      { from: '2023-01-01', to: '2023-12-31', basis: 'net' },
      { from: '2018-01-01', to: '2018-06-30' },
      { dataset: 'public' },
      { dataset: 'public', from: '2022-01-01', to: '2022-12-31', targetAsOf: '2019-06-30' },
      { dataset: 'public', from: '2018-01-01', to: '2018-06-30', basis: 'net' },
      { from: '2021-02-15', to: '2022-03-10', retailer: 'Monoprix', channels: ['partner'] },
      { from: '2020-02-29', to: '2021-02-28', basis: 'net' },
      { dataset: EXPORT, from: '2023-03-17', to: null, basis: 'net' },
    ];
    for (const view of views) for (const bucket of [null, 'quarter', 'year'] as const) await expectSameAnswers({ ...DEFAULT_FILTERS, ...view }, bucket);
  });

  it('for random filters on both bases, on the sample, the public figures and a generated export', { timeout: 900_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb(['sample', 'public', EXPORT]), fc.constantFrom(null, 'month', 'quarter', 'year'), (filters, bucket) =>
        expectSameAnswers(filters, bucket),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
