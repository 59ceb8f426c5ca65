import type { ForecastModelId } from '../model/forecast-model-id';

/** Lower and upper bounds of a prediction interval, one per forecast step. */
export interface Interval {
  lower: number[];
  upper: number[];
}

/** A model fitted to a regular series (one value per period, no gaps). */
export interface FittedModel {
  id: ForecastModelId;
  /** Point forecasts for the next `h` periods. */
  forecast(h: number): number[];
  /**
   * Prediction intervals for the next `h` periods at `level` (0.8 = 80%) from the model's
   * closed-form forecast variance, or null for models that have none (their intervals are simulated).
   */
  intervals(h: number, level: number): Interval | null;
  /** One possible future of the next `h` periods, drawn with `normal` (standard normal draws). */
  simulate(h: number, normal: () => number): number[];
  /** One-step-ahead fitted values over the series (NaN where the model has none yet). */
  fitted: number[];
  /** Fitted parameters, for display (e.g. alpha, beta, gamma, slope). */
  params: Record<string, number>;
}

export interface ForecastModel {
  id: ForecastModelId;
  /** The fewest values the model can be fitted on, for a season of `season` periods. */
  minLength(season: number): number;
  /** Fits the model; null when the series does not suit it (too short, or not positive where logs are taken). */
  fit(y: readonly number[], season: number): FittedModel | null;
}
