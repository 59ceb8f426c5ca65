import { describe, expect, it } from 'vitest';
import { goalAhead, growthPerYear, phasedKpis, phasedTarget, runRates } from '../../src/analytics/goal-ahead';
import { revenueHistory } from '../../src/analytics/revenue-history';
import { planVersion, scopeVersions } from '../../src/analytics/target-path';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';

// The published figures: €0.85bn in 2017, €1.2bn in 2018 (yearly rows).
const yearly = (values: Record<number, number>) =>
  revenueHistory(
    Object.entries(values).map(([year, revenue]) => ({ period: `${year}-01-01`, channel: 'total', revenue, orders: null, commission: null })),
    'year',
    '2018-12-31',
  );
const goal = { start: '2022-01-01', end: '2022-12-31', inForce: 5e9 };

describe('the goal judged before its year', () => {
  it('growthPerYear() is the constant rate from one amount to another: 1.2bn → 5bn in 4 years is 42.9% a year', () => {
    expect(growthPerYear(1.2e9, 5e9, 4)).toBeCloseTo((5 / 1.2) ** (1 / 4) - 1, 12);
    expect(growthPerYear(1.2e9, 5e9, 4)).toBeCloseTo(0.4287, 4);
    expect(growthPerYear(0, 5e9, 4)).toBeNull();
    expect(growthPerYear(1, 5, 0)).toBeNull();
  });

  it('goalAhead() as of the end of 2018: needs 42.9% a year from 2018, achieved 41.2% over 2017', () => {
    const history = yearly({ 2017: 0.85e9, 2018: 1.2e9 });
    const ahead = goalAhead({ asOf: '2018-12-31', goal, history, forecast: { remaining: { mean: 2e9, lower: 1e9, upper: 3e9 }, level: 0.8 } });
    expect(ahead.yearsLeft).toBe(4);
    expect(ahead.requiredGrowth).toBeCloseTo((5 / 1.2) ** (1 / 4) - 1, 12);
    expect(ahead.achievedGrowth).toBeCloseTo(1.2 / 0.85 - 1, 12);
    expect(ahead.runRate).toEqual({ latest: 1.2e9, previous: 0.85e9, end: '2018-12-31' });
    expect(ahead.status).toBe('off-track');
    expect(ahead.projection).toEqual({ mean: 2e9, lower: 1e9, upper: 3e9, level: 0.8 });
  });

  it('runRates() sums the last twelve complete months, and says nothing with less than a year', () => {
    const rows = Array.from({ length: 18 }, (_, i) => ({
      period: `${2017 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      channel: 'web',
      revenue: i + 1,
      orders: null,
      commission: null,
    }));
    const history = revenueHistory(rows, 'month', '2018-06-30');
    expect(runRates(history)).toEqual({ latest: [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].reduce((a, b) => a + b, 0), previous: null, end: '2018-06-30' });
    expect(runRates(revenueHistory(rows.slice(0, 11), 'month', '2017-11-30'))).toBeNull();
  });

  it('phasedTarget() and phasedKpis(): 2017–2019 against €5bn for 2022 phased compound from 2017 leaves 2017 out', () => {
    const history = yearly({ 2017: 0.85e9, 2018: 1.2e9 });
    const [version] = scopeVersions([{ retailer: 'Carrefour', setOn: '2018-01-23', amount: 5e9, label: '€5bn', source: null }]);
    const plan = planVersion(version!, goal, history, { ...DEFAULT_PHASING, path: 'compound' });
    expect(plan.base).toEqual({ year: 2017, amount: 0.85e9 });
    const rate = (5 / 0.85) ** (1 / 5);
    expect(phasedTarget(plan, 'year', '2018-01-01', '2019-12-31')).toBeCloseTo(0.85e9 * (rate + rate ** 2), 0);
    // Half a year of a yearly plan is half of its amount (by days).
    expect(phasedTarget(plan, 'year', '2018-01-01', '2018-07-02')).toBeCloseTo((0.85e9 * rate * 183) / 365, 0);
    const years = new Map([
      [2017, 0.85e9],
      [2018, 1.2e9],
      [2019, 1.3e9],
    ]);
    const k = phasedKpis({ from: '2017-01-01', to: '2019-12-31' }, goal.start, { inForce: plan, original: null }, 'year', years)!;
    expect([k.windowStart, k.windowEnd, k.actual]).toEqual(['2018-01-01', '2019-12-31', 2.5e9]);
    expect(k.attainment).toBeCloseTo(2.5e9 / (0.85e9 * (rate + rate ** 2)), 12);
    expect(k.gap).toBeCloseTo(0.85e9 * (rate + rate ** 2) - 2.5e9, 0);
    // A period ending in the base year has nothing to compare with.
    expect(phasedKpis({ from: '2017-01-01', to: '2017-12-31' }, goal.start, { inForce: plan, original: null }, 'year', years)).toBeNull();
  });
});
