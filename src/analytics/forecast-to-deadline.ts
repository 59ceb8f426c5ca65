import type { ForecastModel } from './forecast-model';
import { addDays, periodFraction, periodsBetween, shiftPeriod, type PeriodGrain } from './periods';
import { seededNormal, sortedQuantile } from './random';

/** Prediction intervals are 80% intervals (as FPP's default pair 80/95 starts with): stated on the page. */
export const INTERVAL_LEVEL = 0.8;
const DRAWS = 2000;
const SEED = 20180611;

export interface ForecastStep {
  period: string;
  mean: number;
  lower: number;
  upper: number;
  /** Share of the period between the last data point and the deadline (the rest is actual, or after the deadline). */
  weight: number;
}

/** Plain data (no fitted model's functions): the page computes it in a worker and receives a copy. */
export interface DeadlineForecast {
  steps: ForecastStep[];
  /** Revenue expected after the last data point up to the deadline, with its prediction interval. */
  remaining: { mean: number; lower: number; upper: number };
  level: number;
}

/**
 * One number of each path, in ascending order. A typed array sorts numbers natively: sorting
 * the 2,000 draws with a JavaScript comparator, once per period, took most of the outlook's time
 * (about 16 ms of its 28 on a warm 2-core machine, more in the page's cold worker). Same order.
 */
function sortedNumbers(paths: readonly number[][], value: (path: number[]) => number): Float64Array {
  const out = new Float64Array(paths.length);
  for (let i = 0; i < paths.length; i++) out[i] = value(paths[i]!);
  return out.sort();
}

/** The longest stretch at the end of a series without missing values (models need regular series). */
export function regularTail(totals: readonly number[]): number[] {
  let start = totals.length;
  while (start > 0 && Number.isFinite(totals[start - 1]!)) start--;
  return totals.slice(start);
}

/**
 * Forecasts every period after the last complete one up to the one holding the deadline, and the
 * revenue still to come: each period counts for its share of days after `lastDate` (a month in
 * progress counts for its remaining days). The interval of that sum is simulated (2,000 seeded
 * sample paths), because errors of successive periods are correlated. `countFrom` (default: the
 * day after `lastDate`) counts only what comes from that day: the goal's own period, when the
 * as-of date is before it.
 */
export function forecastToDeadline(
  model: ForecastModel,
  history: { grain: PeriodGrain; periods: readonly string[]; totals: readonly number[] },
  season: number,
  lastDate: string,
  goalEnd: string,
  level = INTERVAL_LEVEL,
  countFrom = addDays(lastDate, 1),
): DeadlineForecast | null {
  const y = regularTail(history.totals);
  const lastPeriod = history.periods[history.periods.length - 1];
  if (!lastPeriod || y.length < model.minLength(season) || goalEnd <= lastDate) return null;
  const fitted = model.fit(y, season);
  if (!fitted) return null;
  const periods = periodsBetween(shiftPeriod(lastPeriod, history.grain, 1), goalEnd, history.grain);
  const h = periods.length;
  const weights = periods.map((p) => periodFraction(p, history.grain, countFrom, goalEnd));
  const means = fitted.forecast(h);
  const normal = seededNormal(SEED);
  const paths = Array.from({ length: DRAWS }, () => fitted.simulate(h, normal));
  const lowP = (1 - level) / 2;
  const highP = 1 - lowP;
  const band =
    fitted.intervals(h, level) ??
    (() => {
      const columns = periods.map((_, i) => sortedNumbers(paths, (p) => p[i]!));
      return { lower: columns.map((c) => sortedQuantile(c, lowP)), upper: columns.map((c) => sortedQuantile(c, highP)) };
    })();
  const sums = sortedNumbers(paths, (p) => p.reduce((s, v, i) => s + v * weights[i]!, 0));
  return {
    level,
    steps: periods.map((period, i) => ({ period, mean: means[i]!, lower: band.lower[i]!, upper: band.upper[i]!, weight: weights[i]! })),
    remaining: { mean: means.reduce((s, v, i) => s + v * weights[i]!, 0), lower: sortedQuantile(sums, lowP), upper: sortedQuantile(sums, highP) },
  };
}
