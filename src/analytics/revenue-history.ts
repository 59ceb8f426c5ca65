import { monthlyProfile } from './phasing';
import { periodEnd, periodOf, shiftPeriod, type PeriodGrain } from './periods';

/** One row of the outlook's revenue series: a period and a channel (orders and commission may be unknown). */
export interface ChannelPeriodRow {
  period: string;
  channel: string;
  revenue: number;
  orders: number | null;
  commission: number | null;
}

/** What the phasing and the forecasts need to know about past revenue of the goal's scope. */
export interface RevenueHistory {
  grain: PeriodGrain;
  /** Complete periods, from the first with data to the last that ended by the as-of date. */
  periods: string[];
  /** Revenue of each of those periods, all channels; NaN where the data has no row. */
  totals: number[];
  /** Revenue of every complete calendar year. */
  yearTotals: Map<number, number>;
  /** Monthly shares of every complete calendar year (monthly data only). */
  profiles: Map<number, number[]>;
  /** Revenue by channel of every complete calendar year. */
  channelTotals: Map<number, Record<string, number>>;
}

/**
 * Totals per period of the rows, keeping only periods that had ended by `asOf`: the month in
 * progress is left out of the series the models are fitted on (its revenue to date still counts
 * towards the goal). A year is complete when it ended by `asOf` and every one of its periods has data.
 */
export function revenueHistory(rows: readonly ChannelPeriodRow[], grain: PeriodGrain, asOf: string): RevenueHistory {
  const byPeriod = new Map<string, number>();
  const byYearChannel = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const period = periodOf(row.period, grain);
    if (periodEnd(period, grain) > asOf || !Number.isFinite(row.revenue)) continue;
    byPeriod.set(period, (byPeriod.get(period) ?? 0) + row.revenue);
    const year = Number(period.slice(0, 4));
    const channels = byYearChannel.get(year) ?? {};
    channels[row.channel] = (channels[row.channel] ?? 0) + row.revenue;
    byYearChannel.set(year, channels);
  }
  const keys = [...byPeriod.keys()].sort();
  const periods: string[] = [];
  if (keys.length > 0) {
    for (let p = keys[0]!; p <= keys[keys.length - 1]!; p = shiftPeriod(p, grain, 1)) periods.push(p);
  }
  const totals = periods.map((p) => byPeriod.get(p) ?? Number.NaN);

  const yearTotals = new Map<number, number>();
  const profiles = new Map<number, number[]>();
  const channelTotals = new Map<number, Record<string, number>>();
  for (const [year, channels] of byYearChannel) {
    const months = grain === 'month' ? Array.from({ length: 12 }, (_, m) => byPeriod.get(`${year}-${String(m + 1).padStart(2, '0')}-01`)) : [];
    const complete = grain === 'year' ? byPeriod.has(`${year}-01-01`) : months.every((v) => v !== undefined);
    if (!complete) continue;
    yearTotals.set(year, grain === 'year' ? byPeriod.get(`${year}-01-01`)! : months.reduce<number>((a, b) => a + b!, 0));
    channelTotals.set(year, channels);
    const profile = grain === 'month' ? monthlyProfile(months as number[]) : null;
    if (profile) profiles.set(year, profile);
  }
  return { grain, periods, totals, yearTotals, profiles, channelTotals };
}

/** The latest complete year before `year`, or null. */
export function lastCompleteYearBefore(history: RevenueHistory, year: number): number | null {
  let best: number | null = null;
  for (const y of history.yearTotals.keys()) if (y < year && (best === null || y > best)) best = y;
  return best;
}
