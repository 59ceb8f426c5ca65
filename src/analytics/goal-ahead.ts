import { pacingStatus, type PacingStatus } from './pacing';
import { addDays, daysInclusive, periodFraction, type PeriodGrain } from './periods';
import type { RevenueHistory } from './revenue-history';
import type { VersionPlan } from './target-path';

/**
 * "Will we make it?" asked before the goal year: in June 2018, of the €5bn for 2022. The goal is
 * phased back from its year to the last full year known when it was set (target-path.ts), so a
 * period before the goal year has a target too: the plan's share of it. The goal's own year is
 * projected by the forecast fitted on the history up to the as-of date.
 */

/** The part of a period a phased plan covers: from the year after its base year (or the goal's start). */
export function phasedFrom(plan: VersionPlan, goalStart: string): string {
  return plan.base ? `${plan.base.year + 1}-01-01` : goalStart;
}

/** A plan's target for the days from `from` to `to`: each period's amount times its share of days inside. */
export function phasedTarget(plan: VersionPlan, grain: PeriodGrain, from: string, to: string): number {
  if (from > to) return 0;
  return plan.periods.reduce((sum, p) => sum + p.amount * periodFraction(p.period, grain, from, to), 0);
}

/** The constant yearly growth that takes `from` to `to` in `years` years (null when undefined). */
export function growthPerYear(from: number, to: number, years: number): number | null {
  if (!(from > 0) || !(to > 0) || !(years > 0)) return null;
  return (to / from) ** (1 / years) - 1;
}

export interface RunRates {
  /** Revenue of the last 12 months (or last year) of complete history up to the as-of date. */
  latest: number;
  /** The same span a year earlier; null when the history does not reach back that far. */
  previous: number | null;
  /** The last day of the latest span. */
  end: string;
}

/** The revenue of the last full year of history up to the as-of date, and of the year before it. */
export function runRates(history: RevenueHistory): RunRates | null {
  const season = history.grain === 'month' ? 12 : 1;
  const totals = history.totals;
  const n = totals.length;
  if (n < season) return null;
  const sum = (from: number) => totals.slice(from, from + season).reduce((a, b) => a + b, 0);
  const latest = sum(n - season);
  const previous = n >= 2 * season ? sum(n - 2 * season) : null;
  const lastPeriod = history.periods[n - 1]!;
  const end = history.grain === 'month' ? addDays(addMonth(lastPeriod), -1) : `${lastPeriod.slice(0, 4)}-12-31`;
  return Number.isFinite(latest) ? { latest, previous: previous !== null && Number.isFinite(previous) ? previous : null, end } : null;
}

const addMonth = (period: string) => {
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

export interface GoalAhead {
  /** The period's last day: what is known is the data up to it and the versions set by then. */
  asOf: string;
  /** Revenue expected in the goal's own period, by the forecast fitted up to the as-of date. */
  projection: { mean: number; lower: number; upper: number; level: number } | null;
  status: PacingStatus | null;
  /** Yearly growth needed from the last full year's revenue to the goal by its deadline. */
  requiredGrowth: number | null;
  /** Growth of the last full year over the one before. */
  achievedGrowth: number | null;
  /** The last full year's revenue the growth is measured from, and its last day. */
  runRate: RunRates | null;
  /** Years from the end of the run-rate's span to the deadline. */
  yearsLeft: number | null;
}

export interface GoalAheadInput {
  asOf: string;
  goal: { start: string; end: string; inForce: number };
  history: RevenueHistory;
  forecast: { remaining: { mean: number; lower: number; upper: number }; level: number } | null;
}

/**
 * The outlook of a goal whose period starts after the as-of date. The forecast's "remaining"
 * counts only the goal's own period (see outlook.ts), so its mean is the goal year's projection.
 */
export function goalAhead({ asOf, goal, history, forecast }: GoalAheadInput): GoalAhead {
  const projection = forecast ? { ...forecast.remaining, level: forecast.level } : null;
  const rates = runRates(history);
  const yearsLeft = rates ? daysInclusive(addDays(rates.end, 1), goal.end) / 365.25 : null;
  return {
    asOf,
    projection,
    status: projection ? pacingStatus(projection.mean, goal.inForce) : null,
    requiredGrowth: rates && yearsLeft !== null ? growthPerYear(rates.latest, goal.inForce, yearsLeft) : null,
    achievedGrowth: rates && rates.previous !== null ? growthPerYear(rates.previous, rates.latest, 1) : null,
    runRate: rates,
    yearsLeft,
  };
}

/** What the KPI cards show for a period before the goal year, from the plan in force and the original one. */
export interface PhasedKpis {
  /** The measured window: the chosen period from the plan's first phased year on. */
  windowStart: string;
  windowEnd: string;
  actual: number;
  target: number;
  originalTarget: number | null;
  attainment: number | null;
  attainmentOriginal: number | null;
  gap: number;
}

/**
 * The chosen period measured against the phased plan. Revenue of the years before the plan's
 * first phased year (its base year and earlier) has no target to compare with and is left out of
 * the window; `yearRevenue` holds the period's revenue by calendar year.
 */
export function phasedKpis(
  period: { from: string; to: string },
  goalStart: string,
  plans: { inForce: VersionPlan; original: VersionPlan | null },
  grain: PeriodGrain,
  yearRevenue: ReadonlyMap<number, number>,
): PhasedKpis | null {
  const windowStart = [period.from, phasedFrom(plans.inForce, goalStart)].sort()[1]!;
  const windowEnd = period.to;
  if (windowStart > windowEnd) return null;
  const first = Number(windowStart.slice(0, 4));
  let actual = 0;
  for (const [year, revenue] of yearRevenue) if (year >= first) actual += revenue;
  const target = phasedTarget(plans.inForce, grain, windowStart, windowEnd);
  const originalTarget = plans.original ? phasedTarget(plans.original, grain, windowStart, windowEnd) : null;
  return {
    windowStart,
    windowEnd,
    actual,
    target,
    originalTarget,
    attainment: target > 0 ? actual / target : null,
    attainmentOriginal: originalTarget && originalTarget > 0 ? actual / originalTarget : null,
    gap: target - actual,
  };
}
