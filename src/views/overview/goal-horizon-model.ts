import type { Outlook } from '../../analytics/outlook';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

export interface HorizonPoint {
  year: number;
  /** Revenue of the year up to the as-of date (complete years, and the one in progress). */
  actual: number | null;
  /** The chosen model's forecast of the year (mean), for years after the as-of date. */
  forecast: number | null;
  /** The goal year's prediction interval, as distances below and above the forecast. */
  interval: [number, number] | null;
  /** Each version's phased yearly target, by the version's index in `plans`. */
  plans: (number | null)[];
}

/**
 * Progress towards a goal that lies years ahead, by calendar year: actual revenue up to the
 * as-of date, every version's phased path to the deadline, the forecast to the deadline with the
 * goal year's interval. Forecast periods count whole (the chart shows what each year would make).
 */
export function horizonPoints(outlook: GoalOutlook): HorizonPoint[] {
  const { history, plans, forecast, goal } = outlook;
  const goalYear = Number(goal.end.slice(0, 4));
  const actual = new Map<number, number>();
  history.periods.forEach((p, i) => {
    const v = history.totals[i]!;
    if (Number.isFinite(v)) actual.set(Number(p.slice(0, 4)), (actual.get(Number(p.slice(0, 4))) ?? 0) + v);
  });
  const predicted = new Map<number, number>();
  for (const step of forecast.deadline?.steps ?? [])
    predicted.set(Number(step.period.slice(0, 4)), (predicted.get(Number(step.period.slice(0, 4))) ?? 0) + step.mean);
  const first = Math.min(...actual.keys(), ...plans.flatMap((p) => p.years.map((y) => y.year)), goalYear);
  const remaining = forecast.deadline?.remaining ?? null;
  const points: HorizonPoint[] = [];
  for (let year = first; year <= goalYear; year++) {
    const mean = predicted.get(year) ?? null;
    points.push({
      year,
      actual: actual.get(year) ?? null,
      forecast: mean,
      interval: year === goalYear && remaining && mean !== null ? [mean - remaining.lower, remaining.upper - mean] : null,
      plans: plans.map((p) => p.years.find((y) => y.year === year)?.amount ?? (p.base?.year === year ? p.base.amount : null)),
    });
  }
  return points;
}
