import type { PhasingChoice } from '../model/phasing-choice';
import { evenProfile, phaseYears, splitYear, type PeriodAmount, type YearAmount } from './phasing';
import { periodEnd, periodFraction, periodsBetween, type PeriodGrain } from './periods';
import { lastCompleteYearBefore, type RevenueHistory } from './revenue-history';

/** One dated version of a retailer's goal, as stored in the targets table. */
export interface GoalVersionRow {
  retailer: string;
  setOn: string;
  amount: number;
  label: string;
  source: string | null;
}

/** The goal of the whole scope as it stood from `setOn`: every retailer's latest version summed. */
export interface GoalVersion {
  setOn: string;
  amount: number;
  /** How many retailers of the scope had set a version by then. */
  retailers: number;
  /** Labels and sources of the versions set that day. */
  labels: string[];
  sources: string[];
}

/**
 * Goal versions of the scope over time. With several retailers (e.g. all retailers), each day a
 * version was set, the goal is the sum of each retailer's latest version known that day.
 */
export function scopeVersions(rows: readonly GoalVersionRow[]): GoalVersion[] {
  const days = [...new Set(rows.map((r) => r.setOn))].sort();
  return days.map((day) => {
    const latest = new Map<string, GoalVersionRow>();
    for (const row of rows) {
      const seen = latest.get(row.retailer);
      if (row.setOn <= day && (!seen || row.setOn >= seen.setOn)) latest.set(row.retailer, row);
    }
    const setThatDay = rows.filter((r) => r.setOn === day);
    return {
      setOn: day,
      amount: [...latest.values()].reduce((sum, r) => sum + r.amount, 0),
      retailers: latest.size,
      labels: setThatDay.map((r) => r.label),
      sources: setThatDay.flatMap((r) => (r.source ? [r.source.split(' ')[0]!] : [])),
    };
  });
}

/** A version turned into its yearly targets and its targets per period of the history's grain. */
export interface VersionPlan {
  version: GoalVersion;
  /** The last complete year known when the version was set: where its path starts. Null: no such year. */
  base: YearAmount | null;
  /** The yearly targets of the plan, up to the goal year (only the goal year without a base). */
  years: YearAmount[];
  /** Targets per month (monthly data) or per year (yearly data). */
  periods: PeriodAmount[];
}

export interface GoalPeriod {
  start: string;
  end: string;
}

const isCalendarYear = (goal: GoalPeriod) => goal.start.endsWith('-01-01') && goal.end === `${goal.start.slice(0, 4)}-12-31`;

/** Monthly weights for a year: by days, or the profile of the last complete year before it. */
function yearWeights(history: RevenueHistory, year: number, choice: PhasingChoice): number[] {
  if (choice.split === 'seasonal') {
    const last = lastCompleteYearBefore(history, year);
    const profile = last === null ? undefined : history.profiles.get(last);
    if (profile) return profile;
  }
  return evenProfile(year);
}

/**
 * Phases one version of a goal. A goal for one calendar year follows the chosen path from the
 * base year's actual; any other goal period is only spread over its own periods.
 */
export function planVersion(version: GoalVersion, goal: GoalPeriod, history: RevenueHistory, choice: PhasingChoice): VersionPlan {
  const grain = history.grain;
  const goalYear = Number(goal.end.slice(0, 4));
  if (isCalendarYear(goal)) {
    const baseYear = lastCompleteYearBefore(history, Math.min(Number(version.setOn.slice(0, 4)), goalYear));
    const base = baseYear === null ? null : { year: baseYear, amount: history.yearTotals.get(baseYear)! };
    const years = base ? phaseYears(base, { year: goalYear, amount: version.amount }, choice.path) : [{ year: goalYear, amount: version.amount }];
    const periods =
      grain === 'year'
        ? years.map((y) => ({ period: `${y.year}-01-01`, amount: y.amount }))
        : years.flatMap((y) => splitYear(y.year, y.amount, yearWeights(history, y.year, choice)));
    return { version, base, years, periods };
  }
  // Spread over the goal's own periods, weighted by the month's share of its year and the part of it inside the goal.
  const slots = periodsBetween(goal.start, goal.end, grain);
  const weights = slots.map((p) => {
    const share = grain === 'month' ? yearWeights(history, Number(p.slice(0, 4)), choice)[Number(p.slice(5, 7)) - 1]! : 1;
    return share * periodFraction(p, grain, goal.start, goal.end);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return {
    version,
    base: null,
    years: [],
    periods: slots.map((period, i) => ({ period, amount: (version.amount * weights[i]!) / total })),
  };
}

/**
 * The original goal: the first version once every retailer of the scope had set one (for one
 * retailer, simply the first version), as the KPIs' "original goal" sums each retailer's first.
 */
export function originalPlan(plans: readonly VersionPlan[]): VersionPlan | null {
  const all = Math.max(0, ...plans.map((p) => p.version.retailers));
  return plans.find((p) => p.version.retailers === all) ?? null;
}

/** The plan in force during a period: the latest version set by the period's last day. */
export function planInForce(plans: readonly VersionPlan[], period: string, grain: PeriodGrain): VersionPlan | null {
  const end = periodEnd(period, grain);
  let found: VersionPlan | null = null;
  for (const plan of plans) if (plan.version.setOn <= end && (!found || plan.version.setOn >= found.version.setOn)) found = plan;
  return found;
}

/** The channel mix of the last complete year before the goal year, as shares; null without one. */
export function channelShares(history: RevenueHistory, goalYear: number): Record<string, number> | null {
  const year = lastCompleteYearBefore(history, goalYear);
  const totals = year === null ? undefined : history.channelTotals.get(year);
  if (!totals) return null;
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return null;
  return Object.fromEntries(Object.entries(totals).map(([channel, v]) => [channel, v / sum]));
}
