import type { ForecastModelId } from '../model/forecast-model-id';
import type { ForecastModel } from './forecast-model';
import { compoundGrowth, linearTrend } from './forecast-regression';
import { seasonalNaive } from './forecast-seasonal-naive';
import { holtLinear, holtWintersAdditive, holtWintersMultiplicative } from './forecast-smoothing';

/** Every model Cible fits, in the order they are listed on the page. */
export const FORECAST_MODELS: readonly ForecastModel[] = [
  linearTrend,
  compoundGrowth,
  seasonalNaive,
  holtLinear,
  holtWintersAdditive,
  holtWintersMultiplicative,
];

/**
 * Mean absolute percentage error, as a fraction (0.05 = 5%): mean of |actual − forecast| / |actual|.
 * Periods with an actual of zero have no percentage error and are left out; null if none is left.
 */
export function mape(actual: readonly number[], forecast: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  actual.forEach((a, i) => {
    const f = forecast[i];
    if (a === 0 || f === undefined || !Number.isFinite(a) || !Number.isFinite(f)) return;
    sum += Math.abs((a - f) / a);
    count++;
  });
  return count > 0 ? sum / count : null;
}

/** Periods held out for the evaluation: one season (12 months) when the series is long enough, at most a quarter of it. */
export function holdOutLength(n: number, season: number): number {
  return Math.max(1, Math.min(season > 1 ? season : 2, Math.floor(n / 4)));
}

export interface ModelEvaluation {
  id: ForecastModelId;
  /** MAPE of its forecasts of the held-out periods, fitted on the periods before them; null if it could not be fitted on them. */
  mape: number | null;
  /** Whether the model can be fitted on the whole series (and so forecast the deadline). */
  available: boolean;
}

/**
 * Hold-out evaluation: each model is fitted on the series without its last `holdOut` periods and
 * forecasts them; its error on them (MAPE) is what the chooser compares.
 */
export function evaluateModels(
  y: readonly number[],
  season: number,
  models: readonly ForecastModel[] = FORECAST_MODELS,
): { holdOut: number; evaluations: ModelEvaluation[] } {
  const holdOut = holdOutLength(y.length, season);
  const train = y.slice(0, y.length - holdOut);
  const test = y.slice(y.length - holdOut);
  const evaluations = models.map((model) => {
    const fitted = train.length >= model.minLength(season) ? model.fit(train, season) : null;
    return {
      id: model.id,
      mape: fitted ? mape(test, fitted.forecast(holdOut)) : null,
      available: y.length >= model.minLength(season),
    };
  });
  return { holdOut, evaluations };
}

/**
 * The model to forecast with: the viewer's choice when it can be fitted, else the one with the
 * lowest hold-out MAPE (ties go to the simpler model, listed first).
 */
export function chooseModel(evaluations: readonly ModelEvaluation[], preferred: ForecastModelId | null): ForecastModelId | null {
  if (preferred && evaluations.some((e) => e.id === preferred && e.available)) return preferred;
  let best: ModelEvaluation | null = null;
  for (const e of evaluations) if (e.available && e.mape !== null && (best === null || e.mape < best.mape!)) best = e;
  return best?.id ?? evaluations.find((e) => e.available)?.id ?? null;
}
