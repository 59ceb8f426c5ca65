/**
 * Calibration of the illustrative `sample` dataset. Yearly Carrefour totals follow the public
 * figures (shared/FIGURES.md); where no figure exists (2021, any channel split, Monoprix's own
 * web sales) the value is an assumption, stated here and labelled illustrative in the app.
 */

export const SEED = 20180611; // the day the Carrefour × Google deal was announced

export const FIRST_DAY = '2017-01-01';
export const LAST_DAY = '2023-12-31';

/** Carrefour e-commerce per year, euros: public figures, 2021 derived (4.2bn / 1.26). */
export const CARREFOUR_TOTALS: Record<number, number> = {
  2017: 850e6,
  2018: 1.2e9,
  2019: 1.3e9,
  2020: 2.3e9,
  2021: 3.3e9,
  2022: 4.2e9,
  2023: 5.3e9,
};

export interface Stream {
  retailer: string;
  channel: 'voice' | 'web' | 'partner';
  platform: string;
  /** First day the stream sells (launch dates from the public record). */
  start: string;
  /** Revenue per year, euros. */
  yearly: (year: number) => number;
  averageBasket: number;
  commissionRate: number;
  regions: readonly string[];
}

const CARREFOUR_PARTNER_SHARE: Record<number, number> = { 2019: 0.02, 2020: 0.03, 2021: 0.035, 2022: 0.04, 2023: 0.045 };
const CARREFOUR_VOICE_SHARE: Record<number, number> = { 2020: 0.003, 2021: 0.01, 2022: 0.018, 2023: 0.025 };

const carrefourWeb = (year: number) =>
  CARREFOUR_TOTALS[year]! * (1 - (CARREFOUR_PARTNER_SHARE[year] ?? 0) - (CARREFOUR_VOICE_SHARE[year] ?? 0));

export const REGIONS = ['Île-de-France', 'Nord-Est', 'Sud', 'Ouest'] as const;
export const REGION_WEIGHTS: Record<string, number> = { 'Île-de-France': 0.35, 'Nord-Est': 0.22, Sud: 0.25, Ouest: 0.18 };

export const CATEGORIES = ['Épicerie', 'Frais', 'Boissons', 'Non-alimentaire'] as const;
export const CATEGORY_WEIGHTS: Record<string, Record<string, number>> = {
  web: { Épicerie: 0.38, Frais: 0.3, Boissons: 0.14, 'Non-alimentaire': 0.18 },
  voice: { Épicerie: 0.5, Frais: 0.2, Boissons: 0.22, 'Non-alimentaire': 0.08 },
  partner: { Épicerie: 0.3, Frais: 0.15, Boissons: 0.15, 'Non-alimentaire': 0.4 },
};

const MONOPRIX_WEB: Record<number, number> = { 2017: 60e6, 2018: 75e6, 2019: 90e6, 2020: 150e6, 2021: 170e6, 2022: 185e6, 2023: 200e6 };
// 2018: midpoint of the only public estimate (€10–15m, Dauvers); later years assumed.
const MONOPRIX_AMAZON: Record<number, number> = { 2018: 12.5e6, 2019: 18e6, 2020: 30e6, 2021: 32e6, 2022: 33e6, 2023: 35e6 };

export const STREAMS: readonly Stream[] = [
  { retailer: 'Carrefour', channel: 'web', platform: 'Drive', start: FIRST_DAY, yearly: (y) => carrefourWeb(y) * 0.6, averageBasket: 68, commissionRate: 0, regions: REGIONS },
  { retailer: 'Carrefour', channel: 'web', platform: 'carrefour.fr', start: FIRST_DAY, yearly: (y) => carrefourWeb(y) * 0.4, averageBasket: 55, commissionRate: 0, regions: REGIONS },
  { retailer: 'Carrefour', channel: 'partner', platform: 'Google Shopping', start: '2019-01-01', yearly: (y) => CARREFOUR_TOTALS[y]! * (CARREFOUR_PARTNER_SHARE[y] ?? 0), averageBasket: 45, commissionRate: 0.12, regions: REGIONS },
  { retailer: 'Carrefour', channel: 'voice', platform: 'Google Assistant', start: '2020-06-16', yearly: (y) => CARREFOUR_TOTALS[y]! * (CARREFOUR_VOICE_SHARE[y] ?? 0) * 0.7, averageBasket: 38, commissionRate: 0.12, regions: REGIONS },
  { retailer: 'Carrefour', channel: 'voice', platform: 'Google Home', start: '2020-06-16', yearly: (y) => CARREFOUR_TOTALS[y]! * (CARREFOUR_VOICE_SHARE[y] ?? 0) * 0.3, averageBasket: 41, commissionRate: 0.12, regions: REGIONS },
  { retailer: 'Monoprix', channel: 'web', platform: 'monoprix.fr', start: FIRST_DAY, yearly: (y) => MONOPRIX_WEB[y] ?? 0, averageBasket: 72, commissionRate: 0, regions: REGIONS },
  { retailer: 'Monoprix', channel: 'partner', platform: 'Amazon Prime Now', start: '2018-03-27', yearly: (y) => MONOPRIX_AMAZON[y] ?? 0, averageBasket: 52, commissionRate: 0.08, regions: ['Île-de-France'] },
];

/** Day-level shape: weekly rhythm, December peak, August dip, the spring-2020 lockdown surge. */
export function dayWeight(date: Date, channel: Stream['channel']): number {
  const weekday = date.getUTCDay();
  const weekly = [0.7, 1.0, 0.95, 0.95, 1.0, 1.15, 1.25][weekday]!;
  const month = date.getUTCMonth();
  const seasonal = [0.95, 0.9, 0.97, 0.98, 1.0, 0.98, 0.95, 0.85, 0.98, 1.0, 1.08, 1.3][month]!;
  const iso = date.toISOString().slice(0, 10);
  const lockdown = iso >= '2020-03-16' && iso <= '2020-05-11' ? (channel === 'voice' ? 1 : 1.9) : 1;
  return weekly * seasonal * lockdown;
}
