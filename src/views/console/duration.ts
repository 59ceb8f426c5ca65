import { INTL_LOCALE, type Locale } from '../../i18n/locale';

/** How long a query took: `340 ms`, `3.2 s` / `3,2 s`, `2 min 05 s`. */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 1000) return `${Math.round(ms)}\u00a0ms`;
  if (ms < 60_000) return `${new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000)}\u00a0s`;
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}\u00a0min ${String(seconds % 60).padStart(2, '0')}\u00a0s`;
}
