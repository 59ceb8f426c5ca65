/**
 * Exponential smoothing in its state-space ("error correction") form, as in Hyndman, Koehler, Ord
 * & Snyder, *Forecasting with Exponential Smoothing* (2008), and Hyndman & Athanasopoulos,
 * *Forecasting: Principles and Practice* (FPP), chapter 7 / 8:
 *
 * - `ses`  — simple exponential smoothing, ETS(A,N,N)
 * - `holt` — Holt's linear trend, ETS(A,A,N)
 * - `hw-additive` — Holt–Winters with additive seasonality, ETS(A,A,A)
 * - `hw-multiplicative` — Holt–Winters with multiplicative seasonality, ETS(M,A,M)
 *
 * `beta` is the state-space trend weight, α·β* in the textbook's component form (Holt's
 * α = 0.8, β* = 0.2 is beta = 0.16 here); `gamma` is the seasonal weight γ.
 */

export type SmoothingKind = 'ses' | 'holt' | 'hw-additive' | 'hw-multiplicative';

export interface SmoothingParams {
  alpha: number;
  beta: number;
  gamma: number;
}

export interface SmoothingState {
  level: number;
  trend: number;
  /** Seasonal states, oldest first: `season[0]` applies to the next period. Empty without seasonality. */
  season: number[];
}

const hasTrend = (kind: SmoothingKind) => kind !== 'ses';
const isMultiplicative = (kind: SmoothingKind) => kind === 'hw-multiplicative';

/** The one-step-ahead forecast from a state. */
export function oneStep(kind: SmoothingKind, state: SmoothingState): number {
  const base = state.level + (hasTrend(kind) ? state.trend : 0);
  if (kind === 'hw-additive') return base + state.season[0]!;
  if (kind === 'hw-multiplicative') return base * state.season[0]!;
  return base;
}

/**
 * The state after a period whose error was `error`: additive models take y − ŷ, the
 * multiplicative model the relative error (y − ŷ)/ŷ.
 */
export function advance(kind: SmoothingKind, p: SmoothingParams, state: SmoothingState, error: number): SmoothingState {
  const base = state.level + (hasTrend(kind) ? state.trend : 0);
  if (isMultiplicative(kind)) {
    return {
      level: base * (1 + p.alpha * error),
      trend: state.trend + p.beta * base * error,
      season: [...state.season.slice(1), state.season[0]! * (1 + p.gamma * error)],
    };
  }
  return {
    level: base + p.alpha * error,
    trend: hasTrend(kind) ? state.trend + p.beta * error : 0,
    season: kind === 'hw-additive' ? [...state.season.slice(1), state.season[0]! + p.gamma * error] : [],
  };
}

/** The error of observing `y` in a state: y − ŷ, or (y − ŷ)/ŷ for the multiplicative model. */
export function errorOf(kind: SmoothingKind, state: SmoothingState, y: number): number {
  const forecast = oneStep(kind, state);
  return isMultiplicative(kind) ? (y - forecast) / forecast : y - forecast;
}

/** The value a period takes when its error is `error` (used to simulate futures). */
export function valueWithError(kind: SmoothingKind, state: SmoothingState, error: number): number {
  const forecast = oneStep(kind, state);
  return isMultiplicative(kind) ? forecast * (1 + error) : forecast + error;
}

export interface SmoothingRun {
  /** One-step-ahead forecasts of each observation. */
  fitted: number[];
  /** The model's errors (absolute or relative, see `errorOf`). */
  errors: number[];
  /** Sum of squared one-step errors in the series' own units (what the fit minimises). */
  sse: number;
  /** The state after the last observation: where forecasts start. */
  state: SmoothingState;
}

/** Runs the recursions over `y` from the state before its first value. */
export function smooth(kind: SmoothingKind, p: SmoothingParams, initial: SmoothingState, y: readonly number[]): SmoothingRun {
  let state = initial;
  const fitted: number[] = [];
  const errors: number[] = [];
  let sse = 0;
  for (const value of y) {
    const forecast = oneStep(kind, state);
    const error = errorOf(kind, state, value);
    fitted.push(forecast);
    errors.push(error);
    sse += (value - forecast) ** 2;
    state = advance(kind, p, state, error);
  }
  return { fitted, errors, sse, state };
}

/** Point forecasts h = 1…H steps after the state. */
export function forecastFrom(kind: SmoothingKind, state: SmoothingState, h: number): number[] {
  const m = state.season.length;
  return Array.from({ length: h }, (_, i) => {
    const base = state.level + (hasTrend(kind) ? (i + 1) * state.trend : 0);
    if (kind === 'hw-additive') return base + state.season[i % m]!;
    if (kind === 'hw-multiplicative') return base * state.season[i % m]!;
    return base;
  });
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Least-squares line through values at t = 1, 2, …: its value at t = 0 (the state before the first) and its slope. */
function lineBefore(values: readonly number[]): { level: number; trend: number } {
  const n = values.length;
  const meanT = (n + 1) / 2;
  const meanV = mean(values);
  let sxx = 0;
  let sxy = 0;
  values.forEach((v, i) => {
    sxx += (i + 1 - meanT) ** 2;
    sxy += (i + 1 - meanT) * (v - meanV);
  });
  const trend = sxy / sxx;
  return { level: meanV - trend * meanT, trend };
}

/**
 * Starting states by the heuristic of Hyndman et al. (2008, §2.6.1), before any weight is fitted.
 * SES starts at the first value. Holt starts on the least-squares line through the first ten
 * values. Holt–Winters takes a centred 2×m moving average of the first two seasons as trend; the
 * seasonal states are the values against it (differences or ratios, normalised to sum to zero or
 * average one); level and trend come from a line through the first two seasons once the seasonal
 * part is removed. A series that is exactly trend plus a fixed season starts with no error at all.
 */
export function initialState(kind: SmoothingKind, y: readonly number[], m: number): SmoothingState {
  if (kind === 'ses') return { level: y[0]!, trend: 0, season: [] };
  if (kind === 'holt') return { ...lineBefore(y.slice(0, Math.min(10, y.length))), season: [] };
  const multiplicative = isMultiplicative(kind);
  const first = y.slice(0, 2 * m);
  const half = Math.floor(m / 2);
  const sums: number[] = new Array<number>(m).fill(0);
  const counts: number[] = new Array<number>(m).fill(0);
  for (let t = half; t + half < first.length; t++) {
    // Centred moving average over one season (2×m when m is even: half weights at both ends).
    const window = first.slice(t - half, t + half + 1);
    const average = m % 2 === 0 ? (mean(window) * window.length - (window[0]! + window[window.length - 1]!) / 2) / m : mean(window);
    sums[t % m]! += multiplicative ? first[t]! / average : first[t]! - average;
    counts[t % m]! += 1;
  }
  const raw = sums.map((s, j) => (counts[j]! > 0 ? s / counts[j]! : multiplicative ? 1 : 0));
  const centre = mean(raw);
  const season = raw.map((s) => (multiplicative ? s / centre : s - centre));
  const adjusted = first.map((v, t) => (multiplicative ? v / season[t % m]! : v - season[t % m]!));
  return { ...lineBefore(adjusted), season };
}
