/**
 * The forecast models Cible fits to the goal's revenue series. The viewer may pick one (carried in
 * the share link), so the list lives here, below the state that validates it.
 */
export const FORECAST_MODEL_IDS = ['linear', 'compound', 'seasonal-naive', 'holt', 'holt-winters-additive', 'holt-winters-multiplicative'] as const;
export type ForecastModelId = (typeof FORECAST_MODEL_IDS)[number];

export function isForecastModelId(value: unknown): value is ForecastModelId {
  return typeof value === 'string' && (FORECAST_MODEL_IDS as readonly string[]).includes(value);
}
