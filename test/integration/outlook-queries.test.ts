import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOutlook, type OutlookInput } from '../../src/analytics/outlook';
import { applyScenario } from '../../src/analytics/scenario';
import type { Engine } from '../../src/engine/engine';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';
import { NEUTRAL_SCENARIO } from '../../src/model/scenario';
import type { BuiltQuery } from '../../src/queries/built-query';
import { goalToDateQuery, readGoalToDate } from '../../src/queries/goal-to-date';
import { goalVersionsQuery, readGoalVersions } from '../../src/queries/goal-versions';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { outlookSeriesQuery, readOutlookSeries } from '../../src/queries/outlook-series';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { engineWithBundledData } from '../support/node-engine';

let engine: Engine;
beforeAll(async () => {
  engine = await engineWithBundledData();
});
afterAll(async () => {
  await engine.close();
});

const run = async <T>(query: BuiltQuery, read: (r: Awaited<ReturnType<Engine['query']>>) => T) => read(await engine.query(query.sql, query.params));
const scalar = async (sql: string) => ((await engine.query(sql)).columns.v as Float64Array)[0]!;
const sample = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, dataset: 'sample', ...patch });
const pub = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, dataset: 'public', ...patch });

/** The outlook exactly as the page assembles it from the named queries. */
async function outlookOf(filters: Filters, grain: 'month' | 'year') {
  const kpis = await run(kpiSummaryQuery(filters), readKpiSummary);
  const toDate = await run(goalToDateQuery(filters), readGoalToDate);
  const input: OutlookInput = {
    grain,
    rows: await run(outlookSeriesQuery(filters, grain), readOutlookSeries),
    toDate: toDate.channels,
    lastDate: toDate.lastDate,
    goal: kpis.goalStart && kpis.goalEnd && kpis.goalInForce !== null ? { start: kpis.goalStart, end: kpis.goalEnd, inForce: kpis.goalInForce } : null,
    versions: await run(goalVersionsQuery(filters), readGoalVersions),
    projection: kpis.projection,
    phasing: DEFAULT_PHASING,
    model: null,
  };
  return { kpis, input, outlook: buildOutlook(input) };
}

describe('outlook queries', () => {
  it('bind every user value as a parameter', () => {
    const hostile = "Carrefour'; DROP TABLE sales; --";
    for (const query of [outlookSeriesQuery(sample({ retailer: hostile, to: '2022-06-30' }), 'month'), goalToDateQuery(sample({ retailer: hostile })), goalVersionsQuery(sample({ retailer: hostile }))]) {
      expect(query.sql).not.toContain(hostile);
      expect(query.sql).not.toContain('2022-06-30');
      expect(query.sql.split('?').length - 1).toBe(query.params.length);
    }
  });

  it('sample, Carrefour to 30 June 2022: monthly series from January 2017 whose months add up to DuckDB’s own sums', async () => {
    const rows = await run(outlookSeriesQuery(sample({ from: '2022-01-01', to: '2022-06-30' }), 'month'), readOutlookSeries);
    expect(rows[0]!.period).toBe('2017-01-01');
    expect(rows[rows.length - 1]!.period).toBe('2022-06-01');
    const total = (prefix: string) => rows.filter((r) => r.period.startsWith(prefix)).reduce((s, r) => s + r.revenue, 0);
    expect(total('2017')).toBeCloseTo(850e6, 2);
    expect(total('2021')).toBeCloseTo(3.3e9, 2);
    const march = await scalar(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND date BETWEEN '2022-03-01' AND '2022-03-31'`);
    expect(total('2022-03')).toBeCloseTo(march, 2);
    expect(rows.find((r) => r.period === '2022-03-01' && r.channel === 'voice')!.orders).toBeGreaterThan(0);
  });

  it('goal to date by channel is what the KPI projection is computed from', async () => {
    const filters = sample({ from: '2022-01-01', to: '2022-06-30' });
    const toDate = await run(goalToDateQuery(filters), readGoalToDate);
    const k = await run(kpiSummaryQuery(filters), readKpiSummary);
    expect(toDate.lastDate).toBe('2022-06-30');
    expect(toDate.channels.map((c) => c.channel)).toEqual(['partner', 'voice', 'web']);
    const revenue = toDate.channels.reduce((s, c) => s + c.revenue, 0);
    expect(k.projection).toBeCloseTo((revenue / 181) * 365, 2);
    expect(toDate.channels.find((c) => c.channel === 'web')!.commission).toBe(0);
    expect(toDate.channels.find((c) => c.channel === 'partner')!.commission! / toDate.channels.find((c) => c.channel === 'partner')!.revenue).toBeCloseTo(0.12, 6);
  });

  it('lists the goal’s versions as known on the chosen date', async () => {
    const all = await run(goalVersionsQuery(pub({ from: '2022-01-01', to: '2022-12-31' })), readGoalVersions);
    expect(all.map((v) => [v.setOn, v.amount])).toEqual([['2018-01-23', 5e9], ['2020-02-27', 4.2e9]]);
    expect(all[1]!.source).toMatch(/zonebourse/);
    const before = await run(goalVersionsQuery(pub({ from: '2022-01-01', to: '2022-12-31', targetAsOf: '2019-06-30' })), readGoalVersions);
    expect(before.map((v) => v.setOn)).toEqual(['2018-01-23']);
    expect(await run(goalVersionsQuery(sample({ region: 'Sud' })), readGoalVersions)).toEqual([]);
    expect(await run(outlookSeriesQuery(sample({ region: 'Sud' }), 'month'), readOutlookSeries)).toEqual([]);
  });
});

describe('the outlook on the bundled data', () => {
  it('public 2022 tells the true story: the €5bn plan was cut to €4.2bn in 2020, and €4.2bn was reached in 2022', async () => {
    const { outlook } = await outlookOf(pub({ from: '2022-01-01', to: '2022-12-31' }), 'year');
    if (outlook.kind !== 'goal') throw new Error('expected a goal');
    expect(outlook.plans.map((p) => [p.version.setOn, p.version.amount, p.base?.year])).toEqual([
      ['2018-01-23', 5e9, 2017],
      ['2020-02-27', 4.2e9, 2019],
    ]);
    expect(outlook.restatedFrom?.version.amount).toBe(5e9);
    expect(outlook.pacing!.complete).toBe(true);
    expect(outlook.pacing!.status).toBe('on-track');
    expect(outlook.pacing!.projection).toBe(4.2e9);
    expect(outlook.pacing!.reachedOn).toBe('2022-12-31');
    expect(outlook.forecast.deadline).toBeNull(); // nothing left to forecast
    // The chart spans 2017–2022, so it must label the change of metric (food e-commerce sales → GMV).
    const rows = await run(outlookSeriesQuery(pub({ from: '2022-01-01', to: '2022-12-31' }), 'year'), readOutlookSeries);
    expect(rows.map((r) => [r.period.slice(0, 4), r.metric])).toEqual([
      ['2017', 'online sales (food e-commerce)'],
      ['2018', 'food e-commerce sales'],
      ['2019', 'food e-commerce sales'],
      ['2020', 'food e-commerce sales'],
      ['2022', 'e-commerce GMV'],
    ]);
  });

  it('public, as of mid-2022: no revenue yet in the goal period, yet the yearly history forecasts 2022', async () => {
    const { outlook } = await outlookOf(pub({ from: '2022-01-01', to: '2022-06-30' }), 'year');
    if (outlook.kind !== 'goal') throw new Error('expected a goal');
    expect(outlook.pacing).toBeNull();
    expect(outlook.history.periods).toEqual(['2017-01-01', '2018-01-01', '2019-01-01', '2020-01-01']);
    expect(outlook.forecast.deadline!.steps.map((s) => [s.period, s.weight])).toEqual([['2021-01-01', 0], ['2022-01-01', 1]]);
  });

  it('sample H1 2022: off track at the current pace, a fitted model with its hold-out error, and a scenario that changes the answer', async () => {
    const { kpis, outlook } = await outlookOf(sample({ from: '2022-01-01', to: '2022-06-30' }), 'month');
    if (outlook.kind !== 'goal') throw new Error('expected a goal');
    // The straight-line pace misses the December peak: €3.73bn, 88.9% of €4.2bn.
    expect(outlook.pacing!.projection).toBe(kpis.projection);
    expect(outlook.pacing!.projectedAttainment).toBeCloseTo(kpis.projection! / 4.2e9, 12);
    expect(outlook.pacing!.status).toBe('off-track');
    expect(outlook.history.periods).toHaveLength(66);
    const { evaluations, chosen, holdOut } = outlook.forecast;
    expect(holdOut).toBe(12);
    expect(evaluations.every((e) => e.available)).toBe(true);
    const best = Math.min(...evaluations.map((e) => e.mape ?? Infinity));
    expect(evaluations.find((e) => e.id === chosen)!.mape).toBe(best);
    // Backtest: the sample holds the rest of 2022; the model's 80% interval for July–December should contain it.
    const h2 = await scalar(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND date BETWEEN '2022-07-01' AND '2022-12-31'`);
    const remaining = outlook.forecast.deadline!.remaining;
    expect(remaining.lower).toBeLessThan(h2);
    expect(remaining.upper).toBeGreaterThan(h2);
    // What would change the answer: web selling 27% above its pace for the rest of the year reaches the goal.
    expect(applyScenario(outlook.baseline!, NEUTRAL_SCENARIO).projection).toBe(kpis.projection);
    expect(applyScenario(outlook.baseline!, { ...NEUTRAL_SCENARIO, growth: { web: 0.27 } }).pacing.status).toBe('on-track');
  });
});
