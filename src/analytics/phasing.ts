import type { PathMethod } from '../model/phasing-choice';

/**
 * Target phasing: a headline goal ("€5bn in 2022") turned into the yearly, quarterly and monthly
 * targets that lead to it. Between a base year's actual and the goal year the path is linear or
 * grows at a constant rate; within a year the amount is split by days (even) or by a year's
 * monthly profile (seasonal).
 */

export interface YearAmount {
  year: number;
  amount: number;
}

export interface PeriodAmount {
  /** First day of the period (`2022-03-01`). */
  period: string;
  amount: number;
}

/** The constant yearly growth rate that takes `base` to `goal` in `years` years: (goal/base)^(1/years) − 1. */
export function compoundGrowthRate(base: number, goal: number, years: number): number {
  if (!(base > 0) || !(goal > 0) || !(years > 0)) return Number.NaN;
  return (goal / base) ** (1 / years) - 1;
}

/**
 * Yearly targets after the base year up to the goal year, the goal year being the goal itself.
 * A compound path needs a positive base; with none it falls back to the linear path.
 */
export function phaseYears(base: YearAmount, goal: YearAmount, method: PathMethod): YearAmount[] {
  const span = goal.year - base.year;
  if (span <= 0) return [{ year: goal.year, amount: goal.amount }];
  const rate = compoundGrowthRate(base.amount, goal.amount, span);
  const compound = method === 'compound' && Number.isFinite(rate);
  const years: YearAmount[] = [];
  for (let step = 1; step <= span; step++) {
    const amount = step === span ? goal.amount : compound ? base.amount * (1 + rate) ** step : base.amount + ((goal.amount - base.amount) * step) / span;
    years.push({ year: base.year + step, amount });
  }
  return years;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Twelve monthly weights by number of days: January of a 365-day year is 31/365. */
export function evenProfile(year: number): number[] {
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const total = isLeap(year) ? 366 : 365;
  return days.map((d) => d / total);
}

/** Twelve monthly revenues as shares of their year (null if the year has no positive total). */
export function monthlyProfile(monthly: readonly number[]): number[] | null {
  if (monthly.length !== 12 || monthly.some((v) => !Number.isFinite(v) || v < 0)) return null;
  const total = monthly.reduce((a, b) => a + b, 0);
  return total > 0 ? monthly.map((v) => v / total) : null;
}

const monthStart = (year: number, monthIndex: number) => `${year}-${String(monthIndex + 1).padStart(2, '0')}-01`;

/** A year's amount split into its twelve months by weights summing to 1. */
export function splitYear(year: number, amount: number, weights: readonly number[]): PeriodAmount[] {
  return weights.map((w, m) => ({ period: monthStart(year, m), amount: amount * w }));
}

/** Monthly amounts summed into quarters (`2022-04-01` = Q2) or years. */
export function rollUp(monthly: readonly PeriodAmount[], grain: 'quarter' | 'year'): PeriodAmount[] {
  const sums = new Map<string, number>();
  for (const { period, amount } of monthly) {
    const month = Number(period.slice(5, 7));
    const key = grain === 'year' ? `${period.slice(0, 4)}-01-01` : monthStart(Number(period.slice(0, 4)), Math.floor((month - 1) / 3) * 3);
    sums.set(key, (sums.get(key) ?? 0) + amount);
  }
  return [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, amount]) => ({ period, amount }));
}

/** An amount divided by shares (normalised, so they need not sum to exactly 1). */
export function splitByShares(amount: number, shares: Readonly<Record<string, number>>): Record<string, number> {
  const total = Object.values(shares).reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  for (const [key, share] of Object.entries(shares)) out[key] = total > 0 ? (amount * share) / total : 0;
  return out;
}
