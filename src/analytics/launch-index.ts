/**
 * Growth indexed to a partnership's launch: each year's revenue as an index where the launch year
 * is 100 (revenue ÷ launch-year revenue × 100), placed on a common axis of years since launch so
 * alliances launched in different years line up.
 */

export interface DatedLabel {
  date: string;
  retailer: string;
  label: string;
  sourceUrl: string | null;
}

/** Labels that name a partnership: "Carrefour × Google", "partnership", "partenariat", "alliance". */
const PARTNERSHIP = /×|\bpartnership\b|\bpartenariat\b|\balliance\b/i;

/** The retailer's partnership launch: the earliest of its events whose label names a partnership. */
export function launchEvent<T extends DatedLabel>(events: readonly T[], retailer: string): T | null {
  const candidates = events.filter((e) => e.retailer === retailer && PARTNERSHIP.test(e.label)).sort((a, b) => a.date.localeCompare(b.date));
  return candidates[0] ?? null;
}

export interface YearRevenue {
  year: number;
  /** null: not published / no data that year. */
  revenue: number | null;
}

export interface IndexPoint {
  year: number;
  /** Years since the base year (0 = base year). */
  offset: number;
  /** Base year = 100; null when the year has no revenue. */
  index: number | null;
}

export type IndexBase =
  /** Indexed to the launch year. */
  | 'launch'
  /** No partnership event: indexed to the first year with revenue instead. */
  | 'first-year'
  /** The launch year has no revenue (not published or outside the period): no index. */
  | 'launch-year-missing'
  /** No revenue at all. */
  | 'no-data';

export interface LaunchIndex {
  base: IndexBase;
  baseYear: number | null;
  points: IndexPoint[];
}

export function launchIndex(years: readonly YearRevenue[], launchDate: string | null): LaunchIndex {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const withRevenue = sorted.filter((y) => y.revenue !== null && y.revenue > 0);
  if (withRevenue.length === 0) return { base: 'no-data', baseYear: null, points: [] };
  let base: IndexBase = 'launch';
  let baseYear = launchDate ? Number(launchDate.slice(0, 4)) : null;
  if (baseYear === null) {
    base = 'first-year';
    baseYear = withRevenue[0]!.year;
  }
  const baseRevenue = withRevenue.find((y) => y.year === baseYear)?.revenue ?? null;
  if (baseRevenue === null) return { base: 'launch-year-missing', baseYear, points: [] };
  return {
    base,
    baseYear,
    points: sorted.map((y) => ({ year: y.year, offset: y.year - baseYear, index: y.revenue === null ? null : (y.revenue / baseRevenue) * 100 })),
  };
}
