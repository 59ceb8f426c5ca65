import type { I18n } from '../../i18n/i18n-context';
import { numberFormat } from '../../i18n/format';
import type { TimeBucket } from '../../state/filters';

/** Axis label for a bucket start date: `2022`, `T1 2022` / `Q1 2022`, or `mars 2022`. */
export function bucketLabel(iso: string, bucket: TimeBucket, i18n: I18n): string {
  const year = iso.slice(0, 4);
  if (bucket === 'year') return year;
  if (bucket === 'quarter') {
    const quarter = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
    return i18n.locale === 'fr' ? `T${quarter} ${year}` : `Q${quarter} ${year}`;
  }
  return i18n.month(iso);
}

/** Recharts tooltip value formatter for euro series. */
export function euroTooltip(i18n: I18n) {
  let formatter = euroTooltips.get(i18n);
  if (!formatter) {
    formatter = (value: unknown) => (typeof value === 'number' ? i18n.euro(value) : String(value ?? ''));
    euroTooltips.set(i18n, formatter);
  }
  return formatter;
}

/** One formatter per language, the same at every render: Recharts registers a new one again (use-chart-props.ts). */
const euroTooltips = new WeakMap<I18n, (value: unknown) => string>();

const EURO_CENTS = { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** Euros with cents, for small unit amounts (a fee per order, an average basket): `0,50 €` / `€0.50`. */
export function euroCents(value: number, i18n: I18n): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(i18n.locale, EURO_CENTS).format(value);
}
