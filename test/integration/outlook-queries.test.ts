import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../src/analytics/scenario';
import { NEUTRAL_SCENARIO } from '../../src/model/scenario';
import { goalToDateQuery, readGoalToDate } from '../../src/queries/goal-to-date';
import { goalVersionsQuery, readGoalVersions } from '../../src/queries/goal-versions';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { outlookSeriesQuery, readOutlookSeries } from '../../src/queries/outlook-series';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { goalKpis } from '../../src/analytics/goal-kpis';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';
import { periodYearsQuery, readPeriodYears } from '../../src/queries/period-years';
import { queryRunner, useNodeEngine } from '../support/node-engine';
import { outlookOf as sharedOutlookOf } from '../support/outlook-of';

const engine = useNodeEngine({ bundled: true });

const run = queryRunner(engine);
const scalar = async (sql: string) => ((await engine.query(sql)).columns.v as Float64Array)[0]!;
const sample = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, dataset: 'sample', ...patch });
const pub = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, dataset: 'public', ...patch });

const outlookOf = (filters: Filters, grain: 'month' | 'year') => sharedOutlookOf(engine, filters, grain);

describe('outlook queries', () => {
  it('bind every user value as a parameter', () => {
    const hostile = "Carrefour'; DROP TABLE sales; --";
    for (const query of [
      outlookSeriesQuery(sample({ retailer: hostile, to: '2022-06-30' }), 'month'),
      goalToDateQuery(sample({ retailer: hostile })),
      goalVersionsQuery(sample({ retailer: hostile })),
    ]) {
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
    const march = await scalar(
      `SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND date BETWEEN '2022-03-01' AND '2022-03-31'`,
    );
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
    expect(toDate.channels.find((c) => c.channel === 'partner')!.commission! / toDate.channels.find((c) => c.channel === 'partner')!.revenue).toBeCloseTo(
      0.12,
      6,
    );
  });

  it('lists the goal’s versions as known on the chosen date', async () => {
    const all = await run(goalVersionsQuery(pub({ from: '2022-01-01', to: '2022-12-31' })), readGoalVersions);
    expect(all.map((v) => [v.setOn, v.amount])).toEqual([
      ['2018-01-23', 5e9],
      ['2020-02-27', 4.2e9],
    ]);
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
    expect(outlook.forecast.deadline!.steps.map((s) => [s.period, s.weight])).toEqual([
      ['2021-01-01', 0],
      ['2022-01-01', 1],
    ]);
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
    const h2 = await scalar(
      `SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND date BETWEEN '2022-07-01' AND '2022-12-31'`,
    );
    const remaining = outlook.forecast.deadline!.remaining;
    expect(remaining.lower).toBeLessThan(h2);
    expect(remaining.upper).toBeGreaterThan(h2);
    // What would change the answer: web selling 27% above its pace for the rest of the year reaches the goal.
    expect(applyScenario(outlook.baseline!, NEUTRAL_SCENARIO).projection).toBe(kpis.projection);
    expect(applyScenario(outlook.baseline!, { ...NEUTRAL_SCENARIO, growth: { web: 0.27 } }).pacing.status).toBe('on-track');
  });
});

describe('the outlook on net revenue (basis=net), as the KPI cards measure it', () => {
  const H1 = "retailer = 'Carrefour' AND date BETWEEN '2022-01-01' AND '2022-06-30'";

  it('sample H1 2022: the neutral scenario is the net KPI projection to the bit; revenue to date, pacing and history are net', async () => {
    const { kpis, outlook } = await outlookOf(sample({ from: '2022-01-01', to: '2022-06-30', basis: 'net' }), 'month');
    const gross = await outlookOf(sample({ from: '2022-01-01', to: '2022-06-30' }), 'month');
    if (outlook.kind !== 'goal' || gross.outlook.kind !== 'goal') throw new Error('expected a goal');
    // Independent totals: the sample records every row's commission, so net = revenue − commission_eur.
    const netH1 = await scalar(`SELECT sum(revenue_eur - commission_eur)::DOUBLE AS v FROM ds_sample.sales WHERE ${H1}`);
    const commissionH1 = await scalar(`SELECT sum(commission_eur)::DOUBLE AS v FROM ds_sample.sales WHERE ${H1}`);
    expect(commissionH1).toBeGreaterThan(10e6); // Google's 12% on partner and voice: the two bases differ
    expect(kpis.projection).toBeCloseTo((netH1 / 181) * 365, 2);

    expect(outlook.basis).toBe('net');
    expect(applyScenario(outlook.baseline!, NEUTRAL_SCENARIO).projection).toBe(kpis.projection);
    expect(outlook.pacing!.projection).toBe(kpis.projection);
    expect(outlook.toDate).toBeCloseTo(netH1, 2);
    expect(gross.outlook.toDate - outlook.toDate).toBeCloseTo(commissionH1, 2);
    // Still needed and the run-rate it takes (July–December: 6 months) are counted from the net to date.
    expect(outlook.pacing!.stillNeeded).toBeCloseTo(4.2e9 - netH1, 2);
    expect(outlook.pacing!.requiredRate).toBeCloseTo((4.2e9 - netH1) / 6, 2);
    expect(outlook.pacing!.currentRate).toBeCloseTo(netH1 / 6, 2);
    expect(outlook.pacing!.status).toBe('off-track');
    // The forecasts are fitted on net months: 2021 as a whole is its net total.
    const net2021 = await scalar(
      `SELECT sum(revenue_eur - commission_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND year(date) = 2021`,
    );
    expect(outlook.history.yearTotals.get(2021)).toBeCloseTo(net2021, 2);
    const commission2021 = await scalar(`SELECT sum(commission_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND year(date) = 2021`);
    expect(commission2021).toBeGreaterThan(10e6);
    expect(gross.outlook.history.yearTotals.get(2021)! - outlook.history.yearTotals.get(2021)!).toBeCloseTo(commission2021, 2);
    // Adding the commission back gives the gross pace.
    expect(applyScenario(outlook.baseline!, NEUTRAL_SCENARIO).grossProjection).toBeCloseTo(gross.kpis.projection!, 2);
  });

  it('sample H1 2022: one more point of partner commission takes 1% of the partner’s gross still to come off the net projection only', async () => {
    const dearer = { ...NEUTRAL_SCENARIO, commission: { partner: 0.01 } };
    const net = await outlookOf(sample({ from: '2022-01-01', to: '2022-06-30', basis: 'net' }), 'month');
    const gross = await outlookOf(sample({ from: '2022-01-01', to: '2022-06-30' }), 'month');
    if (net.outlook.kind !== 'goal' || gross.outlook.kind !== 'goal') throw new Error('expected a goal');
    const partnerH1 = await scalar(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE ${H1} AND channel = 'partner'`);
    const onNet = applyScenario(net.outlook.baseline!, dearer);
    expect(onNet.change).toBeCloseTo((-0.01 * partnerH1 * 184) / 181, 2);
    expect(onNet.projection).toBeLessThan(net.kpis.projection!);
    // Gross: what customers pay does not move; the net line moves by the same amount.
    const onGross = applyScenario(gross.outlook.baseline!, dearer);
    expect(onGross.projection).toBe(gross.kpis.projection);
    expect(onGross.netProjection).toBeCloseTo(onNet.projection, 2);
  });
});

describe('the goal as of a date before its year (issue 14)', () => {
  const yearsOf = async (filters: Filters) => run(periodYearsQuery(filters), readPeriodYears);
  const cardsOf = async (filters: Filters, grain: 'month' | 'year') => {
    const { kpis, outlook } = await outlookOf(filters, grain);
    return { outlook, cards: goalKpis(kpis, outlook, await yearsOf(filters), DEFAULT_PHASING.path)! };
  };

  it('public as of the end of 2018: €5bn for 2022 takes (5/1.2)^(1/4) − 1 ≈ 42.9% a year from €1.2bn', async () => {
    const { outlook, cards } = await cardsOf(pub({ from: '2018-01-01', to: '2018-12-31' }), 'year');
    expect(outlook.kind === 'goal' && outlook.ahead).toBeTruthy();
    expect(cards.goalInForce).toBe(5e9);
    expect(cards.inForceSetOn).toBe('2018-01-23');
    expect(cards.ahead!.requiredGrowth).toBeCloseTo((5 / 1.2) ** (1 / 4) - 1, 12);
    expect(cards.ahead!.achievedGrowth).toBeCloseTo(1.2 / 0.85 - 1, 12);
    // 2018 against the compound path from 2017's €0.85bn to €5bn in 2022.
    const rate = (5 / 0.85) ** (1 / 5);
    expect(cards.actual).toBe(1.2e9);
    expect(cards.target).toBeCloseTo(0.85e9 * rate, 0);
    expect(cards.attainment).toBeCloseTo(1.2e9 / (0.85e9 * rate), 12);
    expect(cards.projection).toBeGreaterThan(0);
    expect(cards.ahead!.status).toBe('off-track');
  });

  it('public 2017–2019 judged with target=2019-06-30: the 2018 plan, 2017 left out as its base year', async () => {
    const { cards } = await cardsOf(pub({ from: '2017-01-01', to: '2019-12-31', targetAsOf: '2019-06-30' }), 'year');
    expect([cards.windowStart, cards.windowEnd, cards.actual]).toEqual(['2018-01-01', '2019-12-31', 2.5e9]);
    expect(cards.phasing).toMatchObject({ path: 'compound', baseYear: 2017, baseAmount: 0.85e9 });
    expect(cards.goalInForce).toBe(5e9);
  });

  it('sample H1 2018: a goal, a phased target, a projection of 2022 with its interval, and a status', async () => {
    const { outlook, cards } = await cardsOf(sample({ from: '2018-01-01', to: '2018-06-30' }), 'month');
    const h1 = await scalar(
      `SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND date BETWEEN '2018-01-01' AND '2018-06-30'`,
    );
    expect(cards.actual).toBeCloseTo(h1, 2);
    expect(cards.target).toBeGreaterThan(0);
    expect(cards.goalInForce).toBe(5e9);
    const p = cards.ahead!.projection!;
    expect(p.lower).toBeLessThan(p.mean);
    expect(p.upper).toBeGreaterThan(p.mean);
    expect(outlook.kind === 'goal' && outlook.pacing).toBe(null);
    expect(cards.ahead!.status).not.toBeNull();
  });

  it('inside the goal year nothing changes: public 2022 is 100% of €4.2bn and 84% of €5bn', async () => {
    const { cards } = await cardsOf(pub({ from: '2022-01-01', to: '2022-12-31' }), 'year');
    expect(cards.ahead).toBeNull();
    expect([cards.actual, cards.target, cards.attainment, cards.attainmentOriginal]).toEqual([4.2e9, 4.2e9, 1, 0.84]);
  });
});
