import type { Filters } from './filters';

/**
 * The period every panel covers when the link names none: the data's last year — the whole of it
 * when the data ends on 31 December, else the year to date. A link naming only its end (an as-of
 * date) covers that year to date. The URL keeps only what the viewer chose; this fills the rest,
 * so the date inputs show it and every panel says the same period.
 */
export function withDefaultPeriod(filters: Filters, lastDate: string | null): Filters {
  const to = filters.to ?? lastDate;
  if (!to) return filters;
  const from = filters.from ?? `${to.slice(0, 4)}-01-01`;
  return { ...filters, from: from <= to ? from : to, to };
}

/**
 * The inverse for the URL: a period equal to the default one (the data's last year) is left out,
 * as every default is; any other period keeps both its dates, as chosen.
 */
export function withoutDefaultPeriod(filters: Filters, lastDate: string | null): Filters {
  const defaults = withDefaultPeriod({ ...filters, from: null, to: null }, lastDate);
  return filters.from === defaults.from && filters.to === defaults.to ? { ...filters, from: null, to: null } : filters;
}
