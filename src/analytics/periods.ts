/**
 * Calendar periods in UTC for the outlook: a period is a month or a year, named by its first day
 * (`2022-03-01`, `2022-01-01`). Every function works on ISO dates, so nothing depends on the
 * viewer's time zone.
 */

export type PeriodGrain = 'month' | 'year';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Days from `start` to `end`, both included (0 when `end` is before `start`). */
export function daysInclusive(start: string, end: string): number {
  return Math.max(0, dayNumber(end) - dayNumber(start) + 1);
}

/** The period containing a date. */
export function periodOf(iso: string, grain: PeriodGrain): string {
  return grain === 'year' ? `${iso.slice(0, 4)}-01-01` : `${iso.slice(0, 7)}-01`;
}

/** The period `count` periods after `period` (before, when negative). */
export function shiftPeriod(period: string, grain: PeriodGrain, count: number): string {
  const year = Number(period.slice(0, 4));
  if (grain === 'year') return `${String(year + count).padStart(4, '0')}-01-01`;
  const index = year * 12 + Number(period.slice(5, 7)) - 1 + count;
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}-01`;
}

/** Last day of a period. */
export function periodEnd(period: string, grain: PeriodGrain): string {
  return addDays(shiftPeriod(period, grain, 1), -1);
}

export function periodDays(period: string, grain: PeriodGrain): number {
  return daysInclusive(period, periodEnd(period, grain));
}

/** Periods from the one containing `start` to the one containing `end`, in order. */
export function periodsBetween(start: string, end: string, grain: PeriodGrain): string[] {
  const periods: string[] = [];
  const last = periodOf(end, grain);
  for (let p = periodOf(start, grain); p <= last; p = shiftPeriod(p, grain, 1)) periods.push(p);
  return periods;
}

/** Share of a period's days that fall between `from` and `to` (both included): 0 to 1. */
export function periodFraction(period: string, grain: PeriodGrain, from: string, to: string): number {
  const end = periodEnd(period, grain);
  const first = from > period ? from : period;
  const last = to < end ? to : end;
  return daysInclusive(first, last) / periodDays(period, grain);
}

/**
 * How many periods the days from `start` to `end` (both included) cover, counting a partial
 * period by its share of days: 1 January to 30 June is exactly 6 months; 1 to 15 June is 0.5.
 */
export function periodsCovered(start: string, end: string, grain: PeriodGrain): number {
  if (end < start) return 0;
  return periodsBetween(start, end, grain).reduce((sum, p) => sum + periodFraction(p, grain, start, end), 0);
}
