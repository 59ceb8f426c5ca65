import { addDays, daysInclusive, periodsCovered, type PeriodGrain } from './periods';

/**
 * Pacing of the goal in force: what is still needed, the run-rate that takes, where the current
 * pace lands at the deadline, when it reaches the goal, and a status.
 *
 * Status thresholds, stated on the page: the projection at the deadline is compared with the
 * goal. On track: at least 100% of the goal. At risk: at least 90%. Off track: below 90%.
 * (The same 100% / 90% bands colour the attainment KPI.)
 */
export const PACING_THRESHOLDS = { onTrack: 1, atRisk: 0.9 } as const;

export type PacingStatus = 'on-track' | 'at-risk' | 'off-track';

export function pacingStatus(projection: number, goal: number): PacingStatus {
  const ratio = projection / goal;
  if (ratio >= PACING_THRESHOLDS.onTrack) return 'on-track';
  return ratio >= PACING_THRESHOLDS.atRisk ? 'at-risk' : 'off-track';
}

export interface PacingInput {
  /** The goal in force, euros, for the whole goal period. */
  goal: number;
  goalStart: string;
  goalEnd: string;
  /** Last day with data in the goal period. */
  lastDate: string;
  /** Revenue from the goal's start to `lastDate`. */
  toDate: number;
  /** Revenue expected by the deadline (the current pace carried on, possibly with a scenario). */
  projection: number;
  /** Run-rates are per month for daily or monthly data, per year for yearly figures. */
  grain: PeriodGrain;
}

export interface Pacing {
  goal: number;
  toDate: number;
  /** Goal minus revenue to date, never below zero. */
  stillNeeded: number;
  /** Months (or years) from the day after the last data point to the deadline, partial ones by days. */
  remainingPeriods: number;
  /** Revenue per month (or year) needed from the last data point to reach the goal; null when no time is left. */
  requiredRate: number | null;
  /** Revenue per month (or year) so far in the goal period. */
  currentRate: number;
  /** How much faster than the current pace the rest of the period must sell (0.12 = 12% faster); null when no time is left. */
  requiredUplift: number | null;
  projection: number;
  /** Projection as a share of the goal. */
  projectedAttainment: number;
  status: PacingStatus;
  /** The day the goal is reached at this pace; null if not before `horizon`. */
  reachedOn: string | null;
  /** Whether the goal period is over (the last data point is its last day). */
  complete: boolean;
}

/**
 * `horizon` bounds the search for the day the goal is reached (default: one goal period after
 * the deadline); past it, "never at this pace" is the honest answer.
 */
export function pace(input: PacingInput, horizon?: string): Pacing {
  const { goal, goalStart, goalEnd, lastDate, toDate, projection, grain } = input;
  const elapsedDays = daysInclusive(goalStart, lastDate);
  const remainingDays = daysInclusive(addDays(lastDate, 1), goalEnd);
  const remainingPeriods = periodsCovered(addDays(lastDate, 1), goalEnd, grain);
  const elapsedPeriods = periodsCovered(goalStart, lastDate, grain);
  const stillNeeded = Math.max(0, goal - toDate);
  const currentRate = elapsedPeriods > 0 ? toDate / elapsedPeriods : 0;
  const requiredRate = remainingPeriods > 0 ? stillNeeded / remainingPeriods : null;
  const requiredUplift = requiredRate !== null && currentRate > 0 ? requiredRate / currentRate - 1 : null;
  const limit = horizon ?? addDays(goalEnd, daysInclusive(goalStart, goalEnd));
  return {
    goal,
    toDate,
    stillNeeded,
    remainingPeriods,
    requiredRate,
    currentRate,
    requiredUplift,
    projection,
    projectedAttainment: projection / goal,
    status: pacingStatus(projection, goal),
    reachedOn: reachedOn(input, elapsedDays, remainingDays, limit),
    complete: remainingDays === 0,
  };
}

// Day counts computed from money divided by money land a hair above a whole number
// (365.00000000000006); a whole day is not added for that.
const wholeDays = (days: number) => Math.ceil(days - 1e-9);

/**
 * Reached already: the day the average pace to date crossed the goal. Not yet: the pace after
 * the last data point is the projection's (what is left of it per remaining day), continued past
 * the deadline at that rate if need be.
 */
function reachedOn(input: PacingInput, elapsedDays: number, remainingDays: number, horizon: string): string | null {
  const { goal, goalStart, lastDate, toDate, projection } = input;
  if (elapsedDays <= 0 || !(goal > 0)) return null;
  if (toDate >= goal) return addDays(goalStart, Math.max(1, wholeDays(goal / (toDate / elapsedDays))) - 1);
  const dailyPace = remainingDays > 0 ? (projection - toDate) / remainingDays : toDate / elapsedDays;
  if (!(dailyPace > 0)) return null;
  const days = wholeDays((goal - toDate) / dailyPace);
  // Compared in days first: a pace near zero would otherwise name a date past the calendar's end.
  return days <= daysInclusive(addDays(lastDate, 1), horizon) ? addDays(lastDate, days) : null;
}
