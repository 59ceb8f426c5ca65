import type { FittedModel, ForecastModel } from './forecast-model';
import { normalQuantile } from './random';

/**
 * Trend models fitted by ordinary least squares on the period number t = 0, 1, …, n−1:
 * a straight line (linear trend) and a straight line through the logarithms (compound growth:
 * a constant growth rate per period). Errors are taken as normal and independent.
 */

interface LeastSquares {
  n: number;
  meanT: number;
  meanY: number;
  sxx: number;
  slope: number;
  /** Residual standard deviation, on n − 2 degrees of freedom. */
  sigma: number;
  fitted: number[];
}

export function leastSquares(y: readonly number[]): LeastSquares {
  const n = y.length;
  const meanT = (n - 1) / 2;
  const meanY = y.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  y.forEach((v, t) => {
    sxx += (t - meanT) ** 2;
    sxy += (t - meanT) * (v - meanY);
  });
  const slope = sxy / sxx;
  const fitted = y.map((_, t) => meanY + slope * (t - meanT));
  const sse = y.reduce((sum, v, t) => sum + (v - fitted[t]!) ** 2, 0);
  return { n, meanT, meanY, sxx, slope, sigma: Math.sqrt(sse / (n - 2)), fitted };
}

/** A line fitted on `y` (or on its logs), forecast and simulated; `back` maps model values back to euros. */
function trendModel(id: 'linear' | 'compound', fit: LeastSquares, back: (v: number) => number, params: Record<string, number>): FittedModel {
  const { n, meanT, meanY, sxx, slope, sigma } = fit;
  const at = (h: number) => n - 1 + h;
  const mean = (h: number) => meanY + slope * (at(h) - meanT);
  // Variance of a new value at t: σ²(1 + 1/n + (t − t̄)²/Sxx): the noise plus the uncertainty of the line.
  const sd = (h: number) => sigma * Math.sqrt(1 + 1 / n + (at(h) - meanT) ** 2 / sxx);
  const steps = (h: number) => Array.from({ length: h }, (_, i) => i + 1);
  return {
    id,
    params,
    fitted: fit.fitted.map(back),
    forecast: (h) => steps(h).map((s) => back(mean(s))),
    intervals: (h, level) => {
      const z = normalQuantile(0.5 + level / 2);
      return { lower: steps(h).map((s) => back(mean(s) - z * sd(s))), upper: steps(h).map((s) => back(mean(s) + z * sd(s))) };
    },
    // The line's level (at t̄) and slope are independent under least squares: draw both, then the noise.
    simulate: (h, normal) => {
      const level = meanY + (sigma / Math.sqrt(n)) * normal();
      const drawnSlope = slope + (sigma / Math.sqrt(sxx)) * normal();
      return steps(h).map((s) => back(level + drawnSlope * (at(s) - meanT) + sigma * normal()));
    },
  };
}

export const linearTrend: ForecastModel = {
  id: 'linear',
  minLength: () => 3,
  fit: (y) => {
    if (y.length < 3) return null;
    const fit = leastSquares(y);
    return trendModel('linear', fit, (v) => v, { slope: fit.slope, level: fit.meanY + fit.slope * (fit.n - 1 - fit.meanT) });
  },
};

export const compoundGrowth: ForecastModel = {
  id: 'compound',
  minLength: () => 3,
  fit: (y) => {
    if (y.length < 3 || y.some((v) => !(v > 0))) return null;
    const fit = leastSquares(y.map(Math.log));
    return trendModel('compound', fit, Math.exp, { growth: Math.exp(fit.slope) - 1 });
  },
};
