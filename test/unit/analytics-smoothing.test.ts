import { describe, expect, it } from 'vitest';
import {
  advance,
  forecastFrom,
  smooth,
  valueWithError,
  type SmoothingKind,
  type SmoothingParams,
  type SmoothingState,
} from '../../src/analytics/exponential-smoothing';
import { holtWintersAdditive, holtWintersMultiplicative } from '../../src/analytics/forecast-smoothing';
import { seededNormal } from '../../src/analytics/random';
import { additiveForecastVariance } from '../../src/analytics/smoothing-variance';

// Hyndman & Athanasopoulos, Forecasting: Principles and Practice (1st ed., OTexts 2014), §7.1:
// oil production in Saudi Arabia 1996–2007 (millions of tonnes), `oildata` in R's fpp package.
const OIL = [
  446.6565229, 454.4733065, 455.662974, 423.6322388, 456.2713279, 440.5880501, 425.3325201, 485.1494479, 506.0481621, 526.7919833, 514.268889, 494.2110193,
];
// Same book, §7.2: air passengers in Australia 1990–2004 (millions), `ausair`.
const AUSAIR = [
  17.5534, 21.8601, 23.8866, 26.9293, 26.8885, 28.8314, 30.0751, 30.9535, 30.1857, 31.5797, 32.577569, 33.477398, 39.021581, 41.386432, 41.596552,
];

/** Runs a state forward with given errors: what R's simulate(…, innov = …) does. */
function simulateWith(kind: SmoothingKind, p: SmoothingParams, state: SmoothingState, errors: number[]): number[] {
  const out: number[] = [];
  let s = state;
  for (const e of errors) {
    out.push(valueWithError(kind, s, e));
    s = advance(kind, p, s, e);
  }
  return out;
}

describe('exponential smoothing against textbook results', () => {
  it('SES on the oil series, α = 0.2 from ℓ0 = y1 (FPP §7.1, `ses(oildata, alpha=0.2, initial="simple")`): forecast 484.80', () => {
    const run = smooth('ses', { alpha: 0.2, beta: 0, gamma: 0 }, { level: OIL[0]!, trend: 0, season: [] }, OIL);
    // By hand: ℓ1 = y1; ℓ2 = 0.2 × 454.4733 + 0.8 × 446.6565 = 448.2199; …
    expect(run.fitted[2]).toBeCloseTo(448.21987962, 6);
    expect(run.fitted[3]).toBeCloseTo(449.7084985, 6);
    expect(run.state.level).toBeCloseTo(484.802468, 5);
    expect(forecastFrom('ses', run.state, 3)).toEqual([484.802468, 484.802468, 484.802468].map((v) => expect.closeTo(v, 5)));
  });

  it('Holt on air passengers, α = 0.8, β* = 0.2 from ℓ0 = y1, b0 = y2 − y1 (FPP §7.2): forecasts 43.76 … 51.10', () => {
    // State-space β = α·β* = 0.16. By hand for the first year: ŷ1 = ℓ0 + b0 = 21.8601, e1 = −4.3067,
    // ℓ1 = 21.8601 + 0.8 e1 = 18.4147, b1 = 4.3067 + 0.16 e1 = 3.617628.
    const run = smooth('holt', { alpha: 0.8, beta: 0.16, gamma: 0 }, { level: AUSAIR[0]!, trend: AUSAIR[1]! - AUSAIR[0]!, season: [] }, AUSAIR);
    expect(run.fitted.slice(0, 4)).toEqual([21.8601, 22.032368, 25.48461872, 27.54058587].map((v) => expect.closeTo(v, 5)));
    expect(forecastFrom('holt', run.state, 5)).toEqual([43.76, 45.59, 47.43, 49.27, 51.1].map((v) => expect.closeTo(v, 2)));
  });

  // R's forecast package (used by FPP 2nd ed.) on `austourists` (fpp2): final states and parameters of
  // ets(…, model = "AAA" / "MAM" / "ANN" / "AAN"), then simulate(…, innov = c(1.76405235, 0.40015721,
  // 0.97873798, 2.2408932)), as recorded in statsmodels' Holt-Winters tests.
  const INNOVATIONS = [1.76405235, 0.40015721, 0.97873798, 2.2408932];
  it('ETS(A,A,A) — additive Holt–Winters — steps exactly as R’s forecast package', () => {
    const p = { alpha: 0.20281951627363, beta: 0.000169786227368617, gamma: 0.464523797585052 };
    // R lists s1 (latest) … s4 (oldest); ours are oldest first.
    const state = { level: 62.5598121416791, trend: 0.578091734736357, season: [12.2066400808086, -12.9575427049515, -1.24386240029203, 2.61176734723357] };
    // By hand, the first: 62.5598 + 0.5781 + 12.2066 (s4) + 1.7641 = 77.1086.
    expect(simulateWith('hw-additive', p, state, INNOVATIONS)).toEqual([77.1086, 51.51669, 64.46857, 70.36349].map((v) => expect.closeTo(v, 4)));
  });

  it('ETS(M,A,M) — multiplicative Holt–Winters — steps exactly as R’s forecast package', () => {
    const p = { alpha: 0.315621390571192, beta: 0.000100011993615961, gamma: 0.000100051297784532 };
    const state = { level: 62.4082004238551, trend: 0.513327867101983, season: [1.23309264451638, 0.770172817592091, 0.959607104686072, 1.03713425342421] };
    // By hand: (62.4082 + 0.5133) × 1.2331 × (1 + 1.7641) = 214.4575.
    expect(simulateWith('hw-multiplicative', p, state, INNOVATIONS)).toEqual([214.4575, 106.19605, 211.61304, 492.12223].map((v) => expect.closeTo(v, 3)));
  });

  it('ETS(A,N,N) and ETS(A,A,N) step as R’s forecast package', () => {
    expect(simulateWith('ses', { alpha: 0.196432515825523, beta: 0, gamma: 0 }, { level: 58.7718395431632, trend: 0, season: [] }, INNOVATIONS)).toEqual(
      [60.53589, 59.51851, 60.1757, 61.63011].map((v) => expect.closeTo(v, 4)),
    );
    const holt = { alpha: 0.0097430554119077, beta: 0.00974302759255084, gamma: 0 };
    expect(simulateWith('holt', holt, { level: 61.1430969243248, trend: 0.759041621012503, season: [] }, INNOVATIONS)).toEqual(
      [63.66619, 63.09571, 64.45832, 66.51967].map((v) => expect.closeTo(v, 4)),
    );
  });
});

describe('forecast variance (Hyndman et al. 2008, Table 6.1)', () => {
  it('matches the formulas worked by hand', () => {
    // ETS(A,N,N), α = 0.5, σ² = 4, h = 3: 4 × (1 + 0.25 × 2) = 6.
    expect(additiveForecastVariance('ses', { alpha: 0.5, beta: 0, gamma: 0 }, 1, 3, 4)).toBeCloseTo(6, 12);
    // ETS(A,A,A), α = 0.5, β = 0.1, γ = 0.2, m = 4, h = 6, σ² = 1: k = 1;
    // trend part 5 × (0.25 + 0.3 + 0.01 × 6 × 11 / 6) = 3.3; seasonal part 0.2 × 1 × (1 + 0.2 + 0.1 × 4 × 2) = 0.4; total 4.7.
    expect(additiveForecastVariance('hw-additive', { alpha: 0.5, beta: 0.1, gamma: 0.2 }, 4, 6, 1)).toBeCloseTo(4.7, 12);
    expect(additiveForecastVariance('hw-multiplicative', { alpha: 0.5, beta: 0.1, gamma: 0.2 }, 4, 6, 1)).toBeNull();
  });

  it('agrees with 20,000 simulated futures of the same model, step by step', () => {
    const p = { alpha: 0.4, beta: 0.05, gamma: 0.3 };
    const state = { level: 100, trend: 2, season: [5, -3, -6, 4] };
    const normal = seededNormal(7);
    const draws = Array.from({ length: 20_000 }, () =>
      simulateWith(
        'hw-additive',
        p,
        state,
        Array.from({ length: 8 }, () => 3 * normal()),
      ),
    );
    for (let h = 1; h <= 8; h++) {
      const values = draws.map((d) => d[h - 1]!);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
      expect(mean).toBeCloseTo(forecastFrom('hw-additive', state, 8)[h - 1]!, 0);
      expect(variance / additiveForecastVariance('hw-additive', p, 4, h, 9)!).toBeCloseTo(1, 1);
    }
  });
});

describe('fitted Holt–Winters models', () => {
  // Four years of a monthly series: trend +2 a month and a fixed seasonal shape, no noise.
  const shape = [-10, -14, -2, 0, 3, 1, 2, -8, 4, 6, 9, 9];
  const series = Array.from({ length: 48 }, (_, t) => 200 + 2 * t + shape[t % 12]!);

  it('recovers an exact trend-plus-season series: forecasts continue it', () => {
    const fit = holtWintersAdditive.fit(series, 12)!;
    const next = Array.from({ length: 12 }, (_, i) => 200 + 2 * (48 + i) + shape[i]!);
    fit.forecast(12).forEach((v, i) => expect(v).toBeCloseTo(next[i]!, 0));
  });

  it('needs two full seasons and, for the multiplicative model, positive values', () => {
    expect(holtWintersAdditive.fit(series.slice(0, 23), 12)).toBeNull();
    expect(holtWintersMultiplicative.fit([...series.slice(0, 30), 0], 12)).toBeNull();
    expect(holtWintersAdditive.fit(series, 1)).toBeNull();
  });

  it('draws multiplicative intervals by simulation that widen with the horizon', () => {
    const fit = holtWintersMultiplicative.fit(
      series.map((v, t) => v * (1 + 0.01 * Math.sin(t * 1.7))),
      12,
    )!;
    expect(fit.intervals(12, 0.8)).toBeNull();
    const normal = seededNormal(1);
    const paths = Array.from({ length: 4000 }, () => fit.simulate(12, normal));
    const spread = (h: number) => {
      const v = paths.map((p) => p[h]!).sort((a, b) => a - b);
      return v[Math.floor(v.length * 0.9)]! - v[Math.floor(v.length * 0.1)]!;
    };
    expect(spread(11)).toBeGreaterThan(spread(0));
  });
});
