import type { Outlook } from '../../analytics/outlook';
import { rollUp, splitByShares, type PeriodAmount } from '../../analytics/phasing';
import { periodEnd, periodOf, shiftPeriod } from '../../analytics/periods';
import { channelShares, planInForce } from '../../analytics/target-path';
import type { PhasingTableGrain } from '../../model/phasing-choice';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

export interface PhasingRow {
  period: string;
  /** Target of the version in force during the period (for years before a restatement: the plan of the time). */
  target: number;
  /** Target of the original version, when the goal was restated. */
  original: number | null;
  /** Revenue of the period so far; null when none of it has data yet. */
  actual: number | null;
  /** The period was not over at the last data point: its actual is to date. */
  partial: boolean;
  /** The target split by channel, when asked for and a channel mix is known. */
  byChannel: Record<string, number> | null;
}

/**
 * The phasing table: the plan's years, or the goal period's quarters or months, each with the
 * target in force, the original target, and the actual so far (the month in progress included).
 */
export function phasingRows(outlook: GoalOutlook, grain: PhasingTableGrain, byChannel: boolean): { rows: PhasingRow[]; channels: string[] } {
  const { plans, history, goal, toDate, lastDate } = outlook;
  const inForce = plans[plans.length - 1];
  if (!inForce) return { rows: [], channels: [] };
  const monthly = history.grain === 'month';
  const rowGrain = monthly ? grain : 'year';
  // Actuals per period of the history: complete periods, plus the month in progress (what the goal
  // period holds beyond its complete months).
  const actual: PeriodAmount[] = history.periods.map((period, i) => ({ period, amount: history.totals[i]! })).filter((p) => Number.isFinite(p.amount));
  if (lastDate && monthly && lastDate < periodEnd(periodOf(lastDate, 'month'), 'month')) {
    const complete = actual.filter((p) => p.period >= goal.start && p.period <= goal.end).reduce((s, p) => s + p.amount, 0);
    actual.push({ period: periodOf(lastDate, 'month'), amount: toDate - complete });
  }
  const rollTo = (periods: PeriodAmount[]) => (rowGrain === 'month' || !monthly ? periods : rollUp(periods, rowGrain));
  const inGoal = (p: PeriodAmount) => rowGrain === 'year' || (p.period >= periodOf(goal.start, 'month') && p.period <= goal.end);
  const actuals = new Map(rollTo(actual).map((p) => [p.period, p.amount]));
  const originals = outlook.restatedFrom ? new Map(rollTo(outlook.restatedFrom.periods).map((p) => [p.period, p.amount])) : null;
  const shares = byChannel ? channelShares(history, Number(goal.end.slice(0, 4))) : null;
  const rowEnd = (period: string) => (rowGrain === 'quarter' ? periodEnd(shiftPeriod(period, 'month', 2), 'month') : periodEnd(period, rowGrain));
  // Years: every year of every version's plan, each under the version in force that year.
  // Quarters and months: the goal period, under the version in force now.
  const byPlan = plans.map((plan) => ({ plan, amounts: new Map(rollTo(plan.periods).map((p) => [p.period, p.amount])) }));
  const periods =
    rowGrain === 'year'
      ? [...new Set(byPlan.flatMap((p) => [...p.amounts.keys()]))].sort()
      : rollTo(inForce.periods)
          .filter(inGoal)
          .map((p) => p.period);
  const rows = periods.flatMap((period) => {
    const plan = rowGrain === 'year' ? (planInForce(plans, period, 'year') ?? plans[0]!) : inForce;
    const amount = byPlan.find((p) => p.plan === plan)!.amounts.get(period);
    if (amount === undefined) return [];
    const value = actuals.get(period) ?? null;
    return [
      {
        period,
        target: amount,
        original: originals?.get(period) ?? null,
        actual: value,
        partial: value !== null && lastDate !== null && lastDate < rowEnd(period),
        byChannel: shares ? splitByShares(amount, shares) : null,
      },
    ];
  });
  return { rows, channels: shares ? Object.keys(shares).sort((a, b) => shares[b]! - shares[a]!) : [] };
}
