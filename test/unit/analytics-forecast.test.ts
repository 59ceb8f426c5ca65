import { describe, expect, it } from 'vitest';
import { chooseModel, evaluateModels, holdOutLength, mape } from '../../src/analytics/forecast-evaluation';
import { compoundGrowth, linearTrend } from '../../src/analytics/forecast-regression';
import { seasonalNaive } from '../../src/analytics/forecast-seasonal-naive';
import { forecastToDeadline, regularTail } from '../../src/analytics/forecast-to-deadline';
import { normalQuantile, sortedQuantile } from '../../src/analytics/random';

describe('linear trend by least squares', () => {
  it('fits y = 1, 3, 2, 5, 4 as worked by hand', () => {
    // t̄ = 2, ȳ = 3, Sxx = 10, Sxy = 8 → slope 0.8, line 1.4 + 0.8t; residuals −0.4, 0.8, −1, 1.2, −0.6,
    // SSE = 3.6, σ² = 3.6 / 3 = 1.2. Next value (t = 5): 5.4; then 6.2.
    // 80% interval at t = 5: 5.4 ± 1.28155 × √(1.2 × (1 + 1/5 + 9/10)) = 5.4 ± 1.28155 × 1.58745 = 5.4 ± 2.03440.
    const fit = linearTrend.fit([1, 3, 2, 5, 4], 1)!;
    expect(fit.params.slope).toBeCloseTo(0.8, 12);
    expect(fit.fitted).toEqual([1.4, 2.2, 3, 3.8, 4.6].map((v) => expect.closeTo(v, 12)));
    expect(fit.forecast(2)).toEqual([expect.closeTo(5.4, 12), expect.closeTo(6.2, 12)]);
    const interval = fit.intervals(1, 0.8)!;
    expect(interval.lower[0]).toBeCloseTo(5.4 - 2.0344, 4);
    expect(interval.upper[0]).toBeCloseTo(5.4 + 2.0344, 4);
  });

  it('compound growth recovers 10% a period from 100 × 1.1^t, with an interval that collapses on a perfect fit', () => {
    const fit = compoundGrowth.fit([100, 110, 121, 133.1, 146.41], 1)!;
    expect(fit.params.growth).toBeCloseTo(0.1, 12);
    expect(fit.forecast(1)[0]).toBeCloseTo(161.051, 9);
    expect(fit.intervals(1, 0.8)!.upper[0]).toBeCloseTo(161.051, 9);
    expect(compoundGrowth.fit([100, 0, 121], 1)).toBeNull();
  });
});

describe('seasonal naive on a toy seasonal series', () => {
  it('repeats last season and widens its interval by √(k + 1) each season ahead', () => {
    // Season of 4: 10 20 30 40 | 12 22 32 42. Seasonal differences are all 2, so σ = 2.
    const fit = seasonalNaive.fit([10, 20, 30, 40, 12, 22, 32, 42], 4)!;
    expect(fit.forecast(6)).toEqual([12, 22, 32, 42, 12, 22]);
    expect(fit.fitted.slice(4)).toEqual([10, 20, 30, 40]);
    const band = fit.intervals(5, 0.8)!;
    // h = 1: 12 ± 1.28155 × 2 = [9.43690, 14.56310]; h = 5 (k = 1): 12 ± 1.28155 × 2 × √2 = 12 ± 3.62478.
    expect(band.lower[0]).toBeCloseTo(9.436897, 5);
    expect(band.upper[0]).toBeCloseTo(14.563103, 5);
    expect(band.upper[4]! - 12).toBeCloseTo(3.62478, 5);
    expect(seasonalNaive.fit([1, 2, 3, 4], 4)).toBeNull();
  });
});

describe('mape() and the hold-out evaluation', () => {
  it('is the mean of absolute percentage errors, leaving out zero actuals', () => {
    // |100−110|/100 = 0.1, |200−180|/200 = 0.1, 0 → 0.2 / 3 = 6.67%.
    expect(mape([100, 200, 400], [110, 180, 400])).toBeCloseTo(0.2 / 3, 12);
    expect(mape([0, 100], [5, 90])).toBeCloseTo(0.1, 12);
    expect(mape([0], [1])).toBeNull();
  });

  it('holds out a season when the series is long enough, and at most a quarter of it', () => {
    expect(holdOutLength(66, 12)).toBe(12);
    expect(holdOutLength(30, 12)).toBe(7);
    expect(holdOutLength(4, 1)).toBe(1);
    expect(holdOutLength(12, 1)).toBe(2);
  });

  it('picks seasonal naive on a series that repeats itself exactly (hold-out MAPE 0)', () => {
    const y = Array.from({ length: 36 }, (_, t) => [50, 10, 30, 70, 40, 45, 60, 20, 25, 35, 90, 80][t % 12]!);
    const { holdOut, evaluations } = evaluateModels(y, 12);
    expect(holdOut).toBe(9);
    expect(evaluations.find((e) => e.id === 'seasonal-naive')?.mape).toBe(0);
    expect(evaluations.find((e) => e.id === 'linear')!.mape!).toBeGreaterThan(0.1);
    expect(chooseModel(evaluations, null)).toBe('seasonal-naive');
  });

  it('picks the linear trend on a straight line (ties go to the simpler model) and respects the viewer’s choice', () => {
    const y = Array.from({ length: 12 }, (_, t) => 10 + 2 * t);
    const { evaluations } = evaluateModels(y, 1);
    expect(evaluations.find((e) => e.id === 'linear')?.mape).toBeCloseTo(0, 12);
    expect(chooseModel(evaluations, null)).toBe('linear');
    expect(chooseModel(evaluations, 'holt')).toBe('holt');
    // Holt–Winters needs a season: on yearly data it is not available, so the evaluation's pick stands.
    expect(evaluations.find((e) => e.id === 'holt-winters-additive')).toEqual({ id: 'holt-winters-additive', mape: null, available: false });
    expect(chooseModel(evaluations, 'holt-winters-additive')).toBe('linear');
  });
});

describe('forecastToDeadline()', () => {
  it('counts a month in progress for its remaining days: from 15 June, June counts half', () => {
    // Jan–May 2022: 100, 110, …, 140 (a line). Forecasts: June 150 … December 210.
    // Still to come: 150 × 15/30 + (160 + 170 + 180 + 190 + 200 + 210) = 75 + 1110 = 1185.
    const history = {
      grain: 'month' as const,
      periods: ['2022-01-01', '2022-02-01', '2022-03-01', '2022-04-01', '2022-05-01'],
      totals: [100, 110, 120, 130, 140],
    };
    const f = forecastToDeadline(linearTrend, history, 12, '2022-06-15', '2022-12-31')!;
    expect(f.steps.map((s) => s.period)).toEqual(['2022-06-01', '2022-07-01', '2022-08-01', '2022-09-01', '2022-10-01', '2022-11-01', '2022-12-01']);
    expect(f.steps[0]!.weight).toBe(0.5);
    expect(f.remaining.mean).toBeCloseTo(1185, 9);
    // A perfect line leaves no error: the interval is the point.
    expect(f.remaining.lower).toBeCloseTo(1185, 6);
    expect(f.remaining.upper).toBeCloseTo(1185, 6);
  });

  it('gives an interval around the sum that contains the point forecast and is reproducible', () => {
    const totals = Array.from({ length: 36 }, (_, t) => 100 + 3 * t + 8 * Math.sin(t * 2.1) + [0, -5, 2, 1, 0, 3, -2, -4, 1, 2, 4, 9][t % 12]!);
    const periods = totals.map((_, t) => `${2019 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-01`);
    const run = () => forecastToDeadline(linearTrend, { grain: 'month', periods, totals }, 12, '2021-12-31', '2022-12-31')!;
    const f = run();
    expect(f.remaining.lower).toBeLessThan(f.remaining.mean);
    expect(f.remaining.upper).toBeGreaterThan(f.remaining.mean);
    expect(run().remaining).toEqual(f.remaining);
    // Nothing to forecast once the deadline has passed.
    expect(forecastToDeadline(linearTrend, { grain: 'month', periods, totals }, 12, '2021-12-31', '2021-12-31')).toBeNull();
  });

  it('fits only the regular stretch at the end of a series with gaps', () => {
    expect(regularTail([Number.NaN, 1, Number.NaN, 2, 3])).toEqual([2, 3]);
    expect(regularTail([1, 2, Number.NaN])).toEqual([]);
  });
});

describe('normal quantiles', () => {
  it('matches the table: z(0.9) = 1.281552, z(0.975) = 1.959964, z(0.5) = 0', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});
