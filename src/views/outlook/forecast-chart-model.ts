import type { Outlook } from '../../analytics/outlook';
import { periodEnd, periodsBetween } from '../../analytics/periods';
import { planInForce } from '../../analytics/target-path';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

export interface ForecastChartPoint {
  /**
   * Epoch milliseconds of the period's last day: an amount for a month (or year) is known when it
   * ends, and a time axis places goal versions and the last data point at their own dates.
   */
  x: number;
  period: string;
  actual: number | null;
  forecast: number | null;
  /** Prediction interval [lower, upper]: drawn as a band. */
  band: [number, number] | null;
  /** Target of the version in force during the period. */
  target: number | null;
  /** Target of the first version, drawn when the goal was restated. */
  original: number | null;
}

export const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * One point per month (or year) from the first with data to the deadline: actual revenue, the
 * forecast with its band (scaled by the scenario's ratio; joined to the last actual so the line
 * is continuous), and the phased target of the version in force — which changes course where a
 * new version of the goal was set — next to the original plan when the goal was restated.
 */
export function forecastChartPoints(outlook: GoalOutlook, ratio = 1): ForecastChartPoint[] {
  const { history, plans, grain, goal, forecast } = outlook;
  const first = history.periods[0] ?? plans[0]?.periods[0]?.period;
  if (!first) return [];
  const actuals = new Map(history.periods.map((p, i) => [p, history.totals[i]!]));
  const steps = new Map((forecast.deadline?.steps ?? []).map((s) => [s.period, s]));
  const targetsOf = (plan: (typeof plans)[number] | null | undefined) => new Map((plan?.periods ?? []).map((p) => [p.period, p.amount]));
  const byPlan = new Map(plans.map((plan) => [plan, targetsOf(plan)]));
  const original = outlook.restatedFrom ? byPlan.get(outlook.restatedFrom)! : null;
  const lastActual = history.periods[history.periods.length - 1];
  return periodsBetween(first, goal.end, grain).map((period) => {
    const actual = actuals.get(period);
    const step = steps.get(period);
    const plan = planInForce(plans, period, grain);
    const joined = forecast.deadline && period === lastActual && actual !== undefined && Number.isFinite(actual);
    return {
      x: timeOf(periodEnd(period, grain)),
      period,
      actual: actual !== undefined && Number.isFinite(actual) ? actual : null,
      forecast: step ? step.mean * ratio : joined ? actual! : null,
      band: step ? [step.lower * ratio, step.upper * ratio] : joined ? [actual!, actual!] : null,
      target: plan ? (byPlan.get(plan)!.get(period) ?? null) : null,
      original: original?.get(period) ?? null,
    };
  });
}
