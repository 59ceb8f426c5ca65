import type { OverviewFact } from '../queries/overview-facts';
import type { Filters } from '../state/filters';
import { goalSoFarEnd, type GoalSelection } from './goal-selection';
import { addDays, periodEnd } from './periods';

/**
 * The days a panel reads, both included; `null` for no bound. `EMPTY` selects nothing: a bound
 * the SQL computes as NULL (no goal, no data) selects no row there either.
 */
export interface DayWindow {
  lo: string | null;
  hi: string | null;
}

export const EMPTY: DayWindow = { lo: '9999-12-31', hi: '0001-01-01' };

const isEmpty = (w: DayWindow) => w.lo !== null && w.hi !== null && w.lo > w.hi;

/** `date - INTERVAL 1 YEAR` as DuckDB computes it: 29 February becomes the 28th. */
export function yearEarlier(iso: string): string {
  const year = String(Number(iso.slice(0, 4)) - 1).padStart(4, '0');
  const month = iso.slice(5, 7);
  const last = periodEnd(`${year}-${month}-01`, 'month');
  const day = `${year}-${iso.slice(5)}`;
  return day > last ? last : day;
}

/** Every window the overview's panels read, for one set of filters and the goal chosen for them. */
export interface OverviewWindows {
  /** The filter bar's period: trend, mix, commission, sources, years. */
  filtered: DayWindow;
  /** The KPIs' window: the filtered period ∩ the goal's (or the filtered period without one). */
  measured: DayWindow;
  /** The goal's period so far: goal to date, progress, run-rate projection. */
  goalSoFar: DayWindow;
  /** Everything up to the as-of date, for the forecasts; nothing without a goal. */
  history: DayWindow;
  /** The measured window a year earlier (the driver bridge). */
  yearBefore: DayWindow;
}

const given = (lo: string | null, hi: string | null): DayWindow => (lo === null || hi === null ? EMPTY : { lo, hi });

export function overviewWindows(filters: Filters, selection: GoalSelection): OverviewWindows {
  const { window, goal } = selection;
  const soFar = goalSoFarEnd(selection);
  const measured = given(window.start, window.end);
  return {
    filtered: { lo: filters.from, hi: filters.to },
    measured,
    goalSoFar: goal ? given(goal.start, soFar) : EMPTY,
    history: goal && soFar !== null ? { lo: null, hi: soFar } : EMPTY,
    yearBefore: isEmpty(measured) ? EMPTY : { lo: yearEarlier(measured.lo!), hi: yearEarlier(measured.hi!) },
  };
}

/**
 * The months a window cuts through (a bound that is not a month's first day, or a day after
 * the bound that is not): their sales are read day by day, every other month from the summary
 * table as a whole (overview-facts.ts). Sorted, as the query's text (and its cached plan) should
 * not depend on the order found.
 */
export function edgeMonths(windows: readonly DayWindow[]): string[] {
  const months = new Set<string>();
  for (const w of windows) {
    if (isEmpty(w)) continue;
    const cuts = [w.lo, w.hi === null ? null : addDays(w.hi, 1)];
    for (const cut of cuts) if (cut !== null && !cut.endsWith('-01')) months.add(`${cut.slice(0, 7)}-01`);
  }
  return [...months].sort();
}

/**
 * The facts inside a window. A day fact is in or out; a month fact must be wholly in or out —
 * one the window cuts through means its month was not read day by day, a planning error that
 * would give a wrong sum, so it throws instead.
 */
export function factsIn(facts: readonly OverviewFact[], w: DayWindow): OverviewFact[] {
  if (isEmpty(w)) return [];
  return facts.filter((f) => {
    const [first, last] = f.span;
    const inside = (w.lo === null || first >= w.lo) && (w.hi === null || last <= w.hi);
    const outside = (w.lo !== null && last < w.lo) || (w.hi !== null && first > w.hi);
    if (!inside && !outside) throw new Error(`The month ${f.month} was read whole but the window ${w.lo ?? '…'} – ${w.hi ?? '…'} cuts it.`);
    return inside;
  });
}
