import { numberFormat } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';

const SECONDS = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** How long a query took: `340 ms`, `3.2 s` / `3,2 s`, `2 min 05 s`. */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 1000) return `${Math.round(ms)}\u00a0ms`;
  if (ms < 60_000) return `${numberFormat(locale, SECONDS).format(ms / 1000)}\u00a0s`;
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}\u00a0min ${String(seconds % 60).padStart(2, '0')}\u00a0s`;
}
