import { INTL_LOCALE, type Locale } from './locale';

/** Euro scales and how each locale writes them: `5,0 Md€` in French, `€5.0bn` in English. */
const SCALES = [
  { size: 1e9, fr: 'Md€', en: 'bn' },
  { size: 1e6, fr: 'M€', en: 'm' },
  { size: 1e3, fr: 'k€', en: 'k' },
] as const;

const NO_BREAK = '\u00a0';

/**
 * Intl formatters, made once per locale and options: constructing one costs far more than
 * formatting with it, and a chart formats every tick, label and table cell on each render
 * (a filter change spent most of its page-thread time building formatters). Keyed on the options
 * object itself, so pass a module-level constant: a key made of the options' JSON cost more than
 * the formatting it looked up.
 */
function formatterCache<Options extends object, Formatter>(make: (locale: Locale, options: Options) => Formatter) {
  const made = new WeakMap<Options, Partial<Record<Locale, Formatter>>>();
  return (locale: Locale, options: Options): Formatter => {
    let byLocale = made.get(options);
    if (!byLocale) made.set(options, (byLocale = {}));
    return (byLocale[locale] ??= make(locale, options));
  };
}

export const numberFormat = formatterCache((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(INTL_LOCALE[locale], options));

const SIGNIFICANT = { minimumSignificantDigits: 2, maximumSignificantDigits: 3 };
const WHOLE = { maximumFractionDigits: 0 };
const EURO_WHOLE = { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } as const;
/** A percentage with one decimal, `12.0%` / `12,0 %`. */
export const PERCENT_ONE_DECIMAL = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const PERCENT_WHOLE = { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 } as const;

/** A compact euro amount with two or three significant digits, e.g. `4,2 Md€` / `€4.2bn`. */
export function formatEuroCompact(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  const scale = SCALES.find((s) => Math.abs(value) >= s.size);
  const digits = numberFormat(locale, SIGNIFICANT);
  const sign = value < 0 ? '-' : '';
  if (!scale) {
    const plain = numberFormat(locale, WHOLE).format(Math.abs(value));
    return locale === 'fr' ? `${sign}${plain}${NO_BREAK}€` : `${sign}€${plain}`;
  }
  const number = digits.format(Math.abs(value) / scale.size);
  return locale === 'fr' ? `${sign}${number}${NO_BREAK}${scale.fr}` : `${sign}€${number}${scale.en}`;
}

/** A full euro amount, to the euro: `4 200 000 000 €` / `€4,200,000,000`. */
export function formatEuroFull(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(locale, EURO_WHOLE).format(value);
}

/** A fraction as a percentage: `84 %` / `84%`; one decimal below 10%. */
export function formatPercent(fraction: number, locale: Locale): string {
  if (!Number.isFinite(fraction)) return '—';
  return numberFormat(locale, Math.abs(fraction) < 0.1 ? PERCENT_ONE_DECIMAL : PERCENT_WHOLE).format(fraction);
}

export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale, WHOLE).format(value);
}

/** Date formatters, made once per locale and options (a module-level constant, as numberFormat's). */
const dateFormat = formatterCache(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options }),
);

/** Formats an ISO date; a missing or invalid date is shown as a dash rather than throwing mid-render. */
function formatIso(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat(locale, options).format(date);
}

const DAY = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const MONTH = { month: 'short', year: 'numeric' } as const;

/** `27 Feb 2020` / `27 févr. 2020`. */
export function formatDate(iso: string, locale: Locale): string {
  return formatIso(iso, locale, DAY);
}

/** `Mar 2022` / `mars 2022`. */
export function formatMonth(iso: string, locale: Locale): string {
  return formatIso(iso, locale, MONTH);
}

/** A period in words: a whole calendar year is just `2022`. */
export function formatPeriod(start: string, end: string, locale: Locale): string {
  // Whole calendar years, or yearly figures dated on their last day (2017-12-31 … 2023-12-31).
  if ((start.endsWith('-01-01') || start.endsWith('-12-31')) && end.endsWith('-12-31')) {
    const first = start.slice(0, 4);
    const last = end.slice(0, 4);
    return first === last ? first : `${first}–${last}`;
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}
