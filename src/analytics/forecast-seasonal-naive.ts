import type { ForecastModel } from './forecast-model';
import { normalQuantile } from './random';

/**
 * Seasonal naive: each period is forecast by the same period one season earlier (last year's
 * March for next March). With yearly data (a season of one period) it is the naive method.
 * Intervals as in Hyndman & Athanasopoulos (FPP, §5.5): σ_h = σ √(k + 1), k = ⌊(h − 1)/m⌋, where σ is
 * the root mean square of the seasonal differences y_t − y_{t−m}.
 */
export const seasonalNaive: ForecastModel = {
  id: 'seasonal-naive',
  minLength: (season) => season + 1,
  fit: (y, season) => {
    const m = Math.max(1, season);
    const n = y.length;
    if (n < m + 1) return null;
    const fitted = y.map((_, t) => (t >= m ? y[t - m]! : Number.NaN));
    let squares = 0;
    for (let t = m; t < n; t++) squares += (y[t]! - y[t - m]!) ** 2;
    const sigma = Math.sqrt(squares / (n - m));
    const k = (h: number) => Math.floor((h - 1) / m);
    const forecast = (h: number) => Array.from({ length: h }, (_, i) => y[n + i - m * (k(i + 1) + 1)]!);
    return {
      id: 'seasonal-naive',
      params: { season: m },
      fitted,
      forecast,
      intervals: (h, level) => {
        const z = normalQuantile(0.5 + level / 2);
        const means = forecast(h);
        const half = means.map((_, i) => z * sigma * Math.sqrt(k(i + 1) + 1));
        return { lower: means.map((v, i) => v - half[i]!), upper: means.map((v, i) => v + half[i]!) };
      },
      // A seasonal random walk: each future period is its season-ago value (observed or simulated) plus noise.
      simulate: (h, normal) => {
        const path: number[] = [];
        for (let i = 0; i < h; i++) path.push((i < m ? y[n + i - m]! : path[i - m]!) + sigma * normal());
        return path;
      },
    };
  },
};
