import type { ForecastModelId } from '../model/forecast-model-id';
import { advance, forecastFrom, initialState, smooth, valueWithError, type SmoothingKind, type SmoothingParams } from './exponential-smoothing';
import type { FittedModel, ForecastModel } from './forecast-model';
import { nelderMead } from './nelder-mead';
import { normalQuantile } from './random';
import { additiveForecastVariance } from './smoothing-variance';

/**
 * Exponential-smoothing forecast models: Holt's linear trend and Holt–Winters (additive and
 * multiplicative seasonality). The smoothing weights minimise the sum of squared one-step errors
 * from the heuristic starting state, within the usual bounds 0 < α < 1, 0 < β < α, 0 < γ < 1 − α.
 */

const EDGE = 1e-4;
const clamp = (u: number) => Math.min(1 - EDGE, Math.max(EDGE, u));

/** Unit-box coordinates to weights that always satisfy the bounds: β = α·β*, γ = (1 − α)·γ*. */
function weights(kind: SmoothingKind, u: readonly number[]): SmoothingParams {
  const alpha = clamp(u[0]!);
  const beta = kind === 'ses' ? 0 : alpha * clamp(u[1]!);
  const gamma = kind === 'hw-additive' || kind === 'hw-multiplicative' ? (1 - alpha) * clamp(u[2]!) : 0;
  return { alpha, beta, gamma };
}

const parameterCount = (kind: SmoothingKind) => (kind === 'ses' ? 1 : kind === 'holt' ? 2 : 3);

/** Best weights by a coarse grid, then Nelder–Mead from the best grid point. */
export function fitWeights(kind: SmoothingKind, y: readonly number[], m: number): SmoothingParams {
  const initial = initialState(kind, y, m);
  const k = parameterCount(kind);
  const sse = (u: number[]) => {
    const value = smooth(kind, weights(kind, u), initial, y).sse;
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  const grid = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((a) =>
    k === 1 ? [[a]] : [0.05, 0.2, 0.5].flatMap((b) => (k === 2 ? [[a, b]] : [0.05, 0.2, 0.5].map((g) => [a, b, g]))),
  );
  let best = grid[0]!;
  let bestValue = Number.POSITIVE_INFINITY;
  for (const u of grid) {
    const value = sse(u);
    if (value < bestValue) [best, bestValue] = [u, value];
  }
  return weights(kind, nelderMead(sse, best, 0.1).x);
}

function smoothingModel(id: ForecastModelId, kind: SmoothingKind, minLength: (season: number) => number): ForecastModel {
  const seasonal = kind === 'hw-additive' || kind === 'hw-multiplicative';
  return {
    id,
    minLength,
    fit: (y, season): FittedModel | null => {
      const m = seasonal ? season : 1;
      if (y.length < minLength(season)) return null;
      if (kind === 'hw-multiplicative' && y.some((v) => !(v > 0))) return null;
      const p = fitWeights(kind, y, m);
      const run = smooth(kind, p, initialState(kind, y, m), y);
      // One-step error variance (relative errors for the multiplicative model), on n − k degrees of freedom.
      const sigma2 = run.errors.reduce((s, e) => s + e * e, 0) / Math.max(1, y.length - parameterCount(kind));
      const sigma = Math.sqrt(sigma2);
      return {
        id,
        params: { alpha: p.alpha, beta: p.beta, gamma: p.gamma },
        fitted: run.fitted,
        forecast: (h) => forecastFrom(kind, run.state, h),
        intervals: (h, level) => {
          if (kind === 'hw-multiplicative') return null;
          const z = normalQuantile(0.5 + level / 2);
          const means = forecastFrom(kind, run.state, h);
          const half = means.map((_, i) => z * Math.sqrt(additiveForecastVariance(kind, p, m, i + 1, sigma2)!));
          return { lower: means.map((v, i) => v - half[i]!), upper: means.map((v, i) => v + half[i]!) };
        },
        simulate: (h, normal) => {
          let state = run.state;
          const path: number[] = [];
          for (let i = 0; i < h; i++) {
            const error = sigma * normal();
            path.push(valueWithError(kind, state, error));
            state = advance(kind, p, state, error);
          }
          return path;
        },
      };
    },
  };
}

export const holtLinear = smoothingModel('holt', 'holt', () => 4);
/** Holt–Winters needs a season (not yearly figures) and two full ones to start from (24 months). */
const twoSeasons = (season: number) => (season < 2 ? Number.POSITIVE_INFINITY : 2 * season);
export const holtWintersAdditive = smoothingModel('holt-winters-additive', 'hw-additive', twoSeasons);
export const holtWintersMultiplicative = smoothingModel('holt-winters-multiplicative', 'hw-multiplicative', twoSeasons);
