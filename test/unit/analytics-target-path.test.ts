import { describe, expect, it } from 'vitest';
import { revenueHistory, type ChannelPeriodRow } from '../../src/analytics/revenue-history';
import { channelShares, originalPlan, planInForce, planVersion, scopeVersions } from '../../src/analytics/target-path';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';

const GOAL_2022 = { start: '2022-01-01', end: '2022-12-31' };
const yearly = (values: Record<number, number>): ChannelPeriodRow[] =>
  Object.entries(values).map(([year, revenue]) => ({ period: `${year}-01-01`, channel: 'total', revenue, orders: null, commission: null }));

// The public figures: food e-commerce 2017–2020 (2021 not published), e-commerce GMV 2022.
const PUBLIC = yearly({ 2017: 0.85e9, 2018: 1.2e9, 2019: 1.3e9, 2020: 2.3e9, 2022: 4.2e9 });
const original = { setOn: '2018-01-23', amount: 5e9, labels: ['€5bn'], sources: [], retailers: 1 };
const restated = { setOn: '2020-02-27', amount: 4.2e9, labels: ['€4.2bn'], sources: [], retailers: 1 };

describe('scopeVersions()', () => {
  it('sums every retailer’s latest version on each day one was set', () => {
    const rows = [
      { retailer: 'Carrefour', setOn: '2018-01-23', amount: 5e9, label: 'plan', source: 'https://a.example/x https://b.example/y' },
      { retailer: 'Monoprix', setOn: '2018-03-26', amount: 0.25e9, label: 'mono', source: null },
      { retailer: 'Carrefour', setOn: '2020-02-27', amount: 4.2e9, label: 'cut', source: 'https://c.example/z' },
    ];
    expect(scopeVersions(rows)).toEqual([
      { setOn: '2018-01-23', amount: 5e9, retailers: 1, labels: ['plan'], sources: ['https://a.example/x'] },
      { setOn: '2018-03-26', amount: 5.25e9, retailers: 2, labels: ['mono'], sources: [] },
      { setOn: '2020-02-27', amount: 4.45e9, retailers: 2, labels: ['cut'], sources: ['https://c.example/z'] },
    ]);
  });

  it('takes as the original goal the first version once every retailer had one (€5.25bn, as the KPI sums them)', () => {
    const history = revenueHistory(PUBLIC, 'year', '2022-12-31');
    const plans = scopeVersions([
      { retailer: 'Carrefour', setOn: '2018-01-23', amount: 5e9, label: '', source: null },
      { retailer: 'Monoprix', setOn: '2018-03-26', amount: 0.25e9, label: '', source: null },
      { retailer: 'Carrefour', setOn: '2020-02-27', amount: 4.2e9, label: '', source: null },
    ]).map((v) => planVersion(v, GOAL_2022, history, DEFAULT_PHASING));
    expect(originalPlan(plans)?.version.amount).toBe(5.25e9);
    expect(originalPlan([])).toBeNull();
  });
});

describe('planVersion() on the public figures', () => {
  const history = revenueHistory(PUBLIC, 'year', '2022-12-31');

  it('phases the 2018 plan from 2017’s €0.85bn, the last full year known when it was set', () => {
    const plan = planVersion(original, GOAL_2022, history, DEFAULT_PHASING);
    expect(plan.base).toEqual({ year: 2017, amount: 0.85e9 });
    // By hand: (5 / 0.85)^(1/5) = 5.88235^0.2 = 1.42531; 2018 = 0.85 × 1.42531 = €1.2115bn (actual: €1.2bn).
    expect(plan.periods.map((p) => p.period)).toEqual(['2018-01-01', '2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01']);
    expect(plan.periods[0]!.amount / 1e9).toBeCloseTo(1.21152, 5);
    expect(plan.periods[4]!.amount).toBe(5e9);
  });

  it('phases the 2020 restatement from 2019’s €1.3bn: 47.8% a year to €4.2bn', () => {
    const plan = planVersion(restated, GOAL_2022, history, DEFAULT_PHASING);
    expect(plan.base).toEqual({ year: 2019, amount: 1.3e9 });
    // (4.2 / 1.3)^(1/3) = 3.23077^(1/3) = 1.47832; 2020 = 1.3 × 1.47832 = €1.9218bn (actual €2.3bn: ahead).
    expect(plan.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    expect(plan.years[0]!.amount / 1e9).toBeCloseTo(1.92182, 5);
  });

  it('puts each period under the version set by its last day: 2019 under the 2018 plan, 2020 under the cut', () => {
    const plans = [planVersion(original, GOAL_2022, history, DEFAULT_PHASING), planVersion(restated, GOAL_2022, history, DEFAULT_PHASING)];
    expect(planInForce(plans, '2019-01-01', 'year')?.version.amount).toBe(5e9);
    expect(planInForce(plans, '2020-01-01', 'year')?.version.amount).toBe(4.2e9);
    expect(planInForce(plans, '2017-01-01', 'year')).toBeNull();
  });
});

describe('planVersion() on monthly data', () => {
  // Two complete years: 2020 sells 10 a month and 30 in December; 2021 sells 20 a month and 80 in December.
  const months = (year: number, normal: number, december: number): ChannelPeriodRow[] =>
    Array.from({ length: 12 }, (_, m) => ({
      period: `${year}-${String(m + 1).padStart(2, '0')}-01`,
      channel: 'web',
      revenue: m === 11 ? december : normal,
      orders: null,
      commission: null,
    }));
  const history = revenueHistory([...months(2020, 10, 30), ...months(2021, 20, 300)], 'month', '2022-03-31');

  it('splits each plan year by the previous year’s monthly profile', () => {
    // Base 2021 = 11 × 20 + 300 = 520; goal 2022 = 1040 (one year, so no year in between).
    const plan = planVersion({ setOn: '2022-01-10', amount: 1040, labels: [], sources: [], retailers: 1 }, GOAL_2022, history, DEFAULT_PHASING);
    expect(plan.base).toEqual({ year: 2021, amount: 520 });
    // 2021's profile: each month 20/520, December 300/520 → 40 a month and 600 in December.
    expect(plan.periods).toHaveLength(12);
    expect(plan.periods[0]!.amount).toBeCloseTo(40, 9);
    expect(plan.periods[11]!.amount).toBeCloseTo(600, 9);
  });

  it('splits by days when asked for an even split', () => {
    const plan = planVersion({ setOn: '2022-01-10', amount: 365, labels: [], sources: [], retailers: 1 }, GOAL_2022, history, {
      ...DEFAULT_PHASING,
      split: 'even',
    });
    expect(plan.periods.map((p) => p.amount)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((d) => expect.closeTo(d, 9)));
  });

  it('spreads a goal that is not a calendar year over its own months only', () => {
    const plan = planVersion({ setOn: '2022-01-10', amount: 184, labels: [], sources: [], retailers: 1 }, { start: '2022-07-01', end: '2022-12-31' }, history, {
      ...DEFAULT_PHASING,
      split: 'even',
    });
    expect(plan.base).toBeNull();
    expect(plan.periods.map((p) => p.period)).toEqual(['2022-07-01', '2022-08-01', '2022-09-01', '2022-10-01', '2022-11-01', '2022-12-01']);
    expect(plan.periods.map((p) => p.amount)).toEqual([31, 31, 30, 31, 30, 31].map((d) => expect.closeTo(d, 9)));
  });

  it('takes channel shares from the last complete year before the goal', () => {
    const rows = [...months(2021, 20, 300), ...months(2021, 5, 5).map((r) => ({ ...r, channel: 'voice' }))];
    const shares = channelShares(revenueHistory(rows, 'month', '2022-03-31'), 2022)!;
    expect(shares.web).toBeCloseTo(520 / 580, 12);
    expect(shares.voice).toBeCloseTo(60 / 580, 12);
  });
});

describe('revenueHistory()', () => {
  it('leaves the month in progress out of the fitted series and marks missing periods', () => {
    const rows: ChannelPeriodRow[] = [
      { period: '2022-01-01', channel: 'web', revenue: 10, orders: 1, commission: 0 },
      { period: '2022-03-01', channel: 'web', revenue: 30, orders: 3, commission: 0 },
      { period: '2022-04-01', channel: 'web', revenue: 15, orders: 1, commission: 0 },
    ];
    const history = revenueHistory(rows, 'month', '2022-04-15');
    expect(history.periods).toEqual(['2022-01-01', '2022-02-01', '2022-03-01']);
    expect(history.totals).toEqual([10, Number.NaN, 30]);
    expect(history.yearTotals.size).toBe(0);
  });
});
