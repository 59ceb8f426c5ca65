import type { I18n } from '../../i18n/i18n-context';
import type { ForecastModelId } from '../../model/forecast-model-id';
import { numberFormat, PERCENT_ONE_DECIMAL } from '../../i18n/format';

// Intl formatters are costly to make: made once per locale (i18n/format.ts's numberFormat).
const SIGNED_PERCENT = { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' } as const;
const SIGNED_ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' } as const;

/** A lever as the slider shows it: `+10%`, `−5%`, `0%` / `+10 %` in French. */
export function signedPercent(value: number, i18n: I18n): string {
  return numberFormat(i18n.locale, SIGNED_PERCENT).format(value);
}

/** Points of a rate: `+2.0 pts` / `+2,0 pts`. */
export function signedPoints(value: number, i18n: I18n): string {
  const number = numberFormat(i18n.locale, SIGNED_ONE_DECIMAL).format(value * 100);
  return i18n.t('outlook.points', { value: number });
}

/** A rate with one decimal: `12.0%` / `12,0 %`. */
export function ratePercent(value: number, i18n: I18n): string {
  return numberFormat(i18n.locale, PERCENT_ONE_DECIMAL).format(value);
}

export function modelName(id: ForecastModelId, i18n: I18n): string {
  return i18n.t(`model.${id}`);
}

/** `Q2 2022` / `T2 2022`, `Jun 2022` / `juin 2022`, or `2022`. */
export function periodLabel(period: string, grain: 'year' | 'quarter' | 'month', i18n: I18n): string {
  if (grain === 'year') return period.slice(0, 4);
  if (grain === 'month') return i18n.month(period);
  const quarter = Math.floor((Number(period.slice(5, 7)) - 1) / 3) + 1;
  return i18n.t('outlook.quarter', { quarter, year: period.slice(0, 4) });
}
