import { launchEvent, launchIndex, type LaunchIndex } from '../../analytics/launch-index';
import { platformWaterfall, type PlatformWaterfall } from '../../analytics/platform-waterfall';
import { ALL_CHANNELS_VALUE } from '../../model/schema';
import { publishedGaps } from '../../model/published-gaps';
import type { AllianceYearRow } from '../../queries/alliance-by-year';
import type { AllianceChannelRow } from '../../queries/alliance-channels';
import type { DatedEvent } from '../../queries/events';
import type { PlatformEconomicsRow } from '../../queries/platform-economics';

export interface AllianceYear {
  year: number;
  /** null: no figure that year (not published, or no data). */
  revenue: number | null;
  metrics: string[];
}

export interface AllianceModel {
  retailer: string;
  /** Revenue over the period on the chosen basis (gross, or net of commission). */
  revenue: number;
  gross: number;
  commission: number;
  /** `none`: no row states or schedules a commission; `partial`: some rows do not. */
  commissionStatus: 'counted' | 'partial' | 'none';
  orders: number | null;
  /** Channel split, largest first; empty when the figures are not broken down by channel. */
  channels: { channel: string; revenue: number; share: number }[];
  voiceRevenue: number | null;
  voiceShare: number | null;
  /** The retailer's share of the compared retailers' voice revenue. */
  voiceMarketShare: number | null;
  platforms: PlatformEconomicsRow[];
  waterfall: PlatformWaterfall<PlatformEconomicsRow>;
  /** One entry per year of the compared period, with or without a figure. */
  years: AllianceYear[];
  launch: DatedEvent | null;
  index: LaunchIndex;
  /** What the indexed years measure, oldest first: more than one means the index crosses a change of metric. */
  indexMetrics: string[];
  sources: string[];
  metrics: string[];
}

export interface AllianceInputs {
  dataset: string;
  channels: readonly AllianceChannelRow[];
  years: readonly AllianceYearRow[];
  /** The same by year from the first data up to the period's end: what growth is indexed on. */
  history: readonly AllianceYearRow[];
  platforms: readonly PlatformEconomicsRow[];
  events: readonly DatedEvent[];
}

const VOICE = 'voice';

/**
 * A year the data covers only in part: its rows start after January or end before December.
 * Rows all on one date are a figure for the year (published totals are dated 31 December or
 * 1 January), not one day of it.
 */
export function isPartialYear(row: Pick<AllianceYearRow, 'year' | 'firstDate' | 'lastDate'>): boolean {
  if (row.firstDate === row.lastDate) return false;
  return row.firstDate > `${row.year}-01-31` || row.lastDate < `${row.year}-12-01`;
}

/** Whether a retailer's figures are split by channel (published totals and noted gaps are not). */
function brokenDown(dataset: string, retailer: string, rows: readonly AllianceChannelRow[]): boolean {
  return rows.length > 0 && rows.every((r) => r.channel !== ALL_CHANNELS_VALUE) && publishedGaps(dataset, retailer, 'channels').length === 0;
}

/** Every year from the first to the last, a year without a figure as null (a gap in the line, not a bridge). */
function withGaps(rows: readonly AllianceYearRow[]): { year: number; revenue: number | null }[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r.revenue]));
  const years = rows.map((r) => r.year);
  const out: { year: number; revenue: number | null }[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) out.push({ year, revenue: byYear.get(year) ?? null });
  return out;
}

/** The compared retailers as cards: totals, channel split, voice, platforms, years and launch index. */
export function buildAlliances(input: AllianceInputs, labels: { gross: string; net: string }): AllianceModel[] {
  const retailers = [...new Set(input.channels.map((r) => r.retailer))];
  const allYears = input.years.map((y) => y.year);
  const firstYear = Math.min(...allYears);
  const lastYear = Math.max(...allYears);
  const split = new Map(
    retailers.map((r) => [
      r,
      brokenDown(
        input.dataset,
        r,
        input.channels.filter((c) => c.retailer === r),
      ),
    ]),
  );
  const voiceOf = (retailer: string) =>
    split.get(retailer) ? input.channels.filter((c) => c.retailer === retailer && c.channel === VOICE).reduce((t, c) => t + c.revenue, 0) : null;
  const voiceTotals = retailers.map(voiceOf);
  const allKnown = voiceTotals.every((v) => v !== null);
  const voiceMarket = allKnown ? voiceTotals.reduce<number>((t, v) => t + (v ?? 0), 0) : 0;

  return retailers.map((retailer) => {
    const rows = input.channels.filter((r) => r.retailer === retailer);
    const revenue = rows[0]?.retailerRevenue ?? 0;
    const gross = rows.reduce((t, r) => t + r.gross, 0);
    const commission = rows.reduce((t, r) => t + r.commission, 0);
    const without = rows.reduce((t, r) => t + r.rowsWithoutCommission, 0);
    const total = rows.reduce((t, r) => t + r.rows, 0);
    const isSplit = split.get(retailer) ?? false;
    const voiceRevenue = voiceOf(retailer);
    const platforms = input.platforms.filter((p) => p.retailer === retailer);
    const byYear = new Map(input.years.filter((y) => y.retailer === retailer).map((y) => [y.year, y]));
    const years: AllianceYear[] = [];
    for (let year = firstYear; year <= lastYear; year += 1) {
      const row = byYear.get(year);
      years.push({ year, revenue: row ? row.revenue : null, metrics: row?.metrics ?? [] });
    }
    const launch = launchEvent(input.events, retailer);
    const yearRows = [...byYear.values()];
    // Whole years only: a part-year would read as a fall in growth.
    const history = input.history.filter((y) => y.retailer === retailer && !isPartialYear(y));
    return {
      retailer,
      revenue,
      gross,
      commission,
      commissionStatus: without === 0 ? 'counted' : without === total ? 'none' : 'partial',
      orders: rows.every((r) => r.orders !== null) ? rows.reduce((t, r) => t + (r.orders ?? 0), 0) : null,
      channels: isSplit ? rows.map((r) => ({ channel: r.channel, revenue: r.revenue, share: revenue === 0 ? 0 : r.revenue / revenue })) : [],
      voiceRevenue,
      voiceShare: voiceRevenue === null || revenue === 0 ? null : voiceRevenue / revenue,
      voiceMarketShare: voiceRevenue === null || !allKnown || voiceMarket === 0 ? null : voiceRevenue / voiceMarket,
      platforms,
      waterfall: platformWaterfall(platforms, labels),
      years,
      launch,
      index: launchIndex(withGaps(history), launch?.date ?? null),
      indexMetrics: [...new Set(history.flatMap((y) => y.metrics))],
      sources: [...new Set(yearRows.flatMap((y) => y.sources))],
      metrics: [...new Set(yearRows.flatMap((y) => y.metrics))],
    };
  });
}

/**
 * The years a retailer has a figure for, as ranges: `2017–2020, 2022–2023`, or `2018`. Set
 * beside a total so one 2018 estimate is not read as seven years of revenue.
 */
export function yearCoverage(years: readonly AllianceYear[]): { count: number; total: number; ranges: string } {
  const withFigure = years.filter((y) => y.revenue !== null).map((y) => y.year);
  const ranges: string[] = [];
  for (let i = 0; i < withFigure.length;) {
    let j = i;
    while (j + 1 < withFigure.length && withFigure[j + 1] === withFigure[j]! + 1) j += 1;
    ranges.push(j === i ? String(withFigure[i]) : `${withFigure[i]}–${withFigure[j]}`);
    i = j + 1;
  }
  return { count: withFigure.length, total: years.length, ranges: ranges.join(', ') };
}
