import type { SmoothingKind, SmoothingParams } from './exponential-smoothing';

/**
 * Variance of the h-step forecast error of the additive-error models (Hyndman et al. 2008,
 * Table 6.1, "class 1"; FPP 3rd ed. Table 8.8), with σ² the one-step error variance:
 *
 * - ETS(A,N,N): σ²[1 + α²(h − 1)]
 * - ETS(A,A,N): σ²[1 + (h − 1){α² + αβh + β²h(2h − 1)/6}]
 * - ETS(A,A,A): the above + σ²γk{2α + γ + βm(k + 1)}, k = ⌊(h − 1)/m⌋
 *
 * The multiplicative model has no such closed form: its intervals are simulated.
 */
export function additiveForecastVariance(kind: SmoothingKind, p: SmoothingParams, m: number, h: number, sigma2: number): number | null {
  if (kind === 'hw-multiplicative') return null;
  const { alpha, beta, gamma } = p;
  if (kind === 'ses') return sigma2 * (1 + alpha ** 2 * (h - 1));
  const trendPart = (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6);
  if (kind === 'holt') return sigma2 * (1 + trendPart);
  const k = Math.floor((h - 1) / m);
  return sigma2 * (1 + trendPart + gamma * k * (2 * alpha + gamma + beta * m * (k + 1)));
}
