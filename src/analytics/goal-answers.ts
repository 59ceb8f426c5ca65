import type { GoalProgress, GoalProgressPoint } from '../queries/goal-progress';
import type { GoalToDate } from '../queries/goal-to-date';
import type { GoalVersionRecord } from '../queries/goal-versions';
import type { KpiSummary } from '../queries/kpi-summary';
import type { OutlookSeriesRow } from '../queries/outlook-series';
import type { OverviewFact } from '../queries/overview-facts';
import type { RevenueDriversData } from '../queries/revenue-drivers';
import type { Filters, TimeBucket } from '../state/filters';
import type { ChannelPeriods } from './revenue-drivers';
import { bucketOf, compareNullable, euros, groupFacts, keyOf, lastDateOf, measuredUnits, ordersOfAll, sumOf } from './fact-sums';
import { factsIn, yearEarlier, type OverviewWindows } from './fact-windows';
import { coverage, daysBetween, type GoalSelection } from './goal-selection';
import { addDays, shiftPeriod } from './periods';

/**
 * The overview's answers measured against the goal, from the facts and the goal chosen for the
 * filters: those of queries/kpi-summary.ts, goal-progress.ts, goal-to-date.ts, goal-versions.ts,
 * outlook-series.ts and revenue-drivers.ts, computed in TypeScript (see overview-answers.ts) in
 * the same order of operations, so the doubles come out the same.
 */
export interface GoalInputs {
  facts: readonly OverviewFact[];
  selection: GoalSelection;
  windows: OverviewWindows;
  filters: Filters;
}

/** `sum(revenue)::DOUBLE` on the basis: null without facts, as SQL's sum over no rows. */
function revenueOf(facts: readonly OverviewFact[], basis: Filters['basis']): number | null {
  return facts.length ? euros(sumOf(facts, (f) => measuredUnits(f, basis))) : null;
}

export function kpiSummary({ facts, selection, windows, filters }: GoalInputs): KpiSummary {
  const inWindow = factsIn(facts, windows.measured);
  const soFar = factsIn(facts, windows.goalSoFar);
  const { window, goal, targets: t } = selection;
  const actual = revenueOf(inWindow, filters.basis);
  const share = coverage(selection);
  const soFarRevenue = revenueOf(soFar, filters.basis);
  const soFarLast = lastDateOf(soFar);
  const target = t.inForce === null || share === null ? null : t.inForce * share;
  const projection =
    soFarRevenue === null || soFarLast === null || goal === null || window.goalDays === null
      ? null
      : (soFarRevenue / (daysBetween(goal.start, soFarLast) + 1)) * window.goalDays;
  return {
    actual,
    target,
    originalTarget: t.original === null || share === null ? null : t.original * share,
    goalInForce: t.inForce,
    goalOriginal: t.original,
    attainment: actual === null || target === null || target === 0 ? null : actual / target,
    attainmentOriginal: actual === null || t.original === null || share === null || t.original * share === 0 ? null : actual / (t.original * share),
    gap: target === null ? null : target - (actual ?? 0),
    projection: target === null ? null : projection,
    windowStart: window.start,
    windowEnd: window.end,
    goalStart: goal?.start ?? null,
    goalEnd: goal?.end ?? null,
    lastDate: lastDateOf(inWindow),
    asOf: selection.toDate,
    inForceLabel: t.inForceLabel,
    inForceSetOn: t.inForceSetOn,
    inForceSource: t.inForceSource,
    originalLabel: t.originalLabel,
    originalSetOn: t.originalSetOn,
    originalSource: t.originalSource,
    versionCount: t.versionCount,
  };
}

const BUCKET_MONTHS: Record<TimeBucket, number> = { month: 1, quarter: 3, year: 12 };

/** Cumulative actual over the goal period so far, bucket by bucket, against the straight-line paths. */
export function goalProgress({ facts, selection, windows, filters }: GoalInputs, bucket: TimeBucket): GoalProgress {
  const groups = groupFacts(factsIn(facts, windows.goalSoFar), (f) => bucketOf(f.month, bucket));
  const { goal, window, targets: t } = selection;
  if (groups.size === 0 || goal === null || window.goalDays === null)
    return { goalStart: null, goalEnd: null, targetInForce: null, targetOriginal: null, points: [] };
  const goalDays = window.goalDays;
  const path = (total: number | null, end: string) => (total === null ? null : (total * (daysBetween(goal.start, end) + 1)) / goalDays);
  let cumulative = 0;
  const points: GoalProgressPoint[] = [...groups.entries()]
    .sort(([a], [b]) => compareNullable(a, b))
    .map(([start, group]) => {
      const revenue = euros(sumOf(group, (f) => measuredUnits(f, filters.basis)));
      cumulative += revenue;
      const last = addDays(shiftPeriod(start, 'month', BUCKET_MONTHS[bucket]), -1);
      const bucketEnd = last < goal.end ? last : goal.end;
      return { bucketEnd, revenue, cumulativeActual: cumulative, pathInForce: path(t.inForce, bucketEnd), pathOriginal: path(t.original, bucketEnd) };
    });
  return { goalStart: goal.start, goalEnd: goal.end, targetInForce: t.inForce, targetOriginal: t.original, points };
}

/** The goal period so far by channel: gross revenue, orders, the commission counted. */
export function goalToDate({ facts, windows }: GoalInputs): GoalToDate {
  const soFar = factsIn(facts, windows.goalSoFar);
  const groups = [...groupFacts(soFar, (f) => keyOf(f.channel)).values()].sort((a, b) => compareNullable(a[0]!.channel, b[0]!.channel));
  return {
    channels: groups.map((group) => ({
      channel: group[0]!.channel ?? '',
      revenue: euros(sumOf(group, (f) => f.revenue)),
      orders: ordersOfAll(group),
      commission: euros(sumOf(group, (f) => f.effectiveCommission)),
    })),
    lastDate: lastDateOf(soFar),
  };
}

/** Every version of the chosen goal known on the version date, oldest first. */
export function goalVersions(selection: GoalSelection): GoalVersionRecord[] {
  return selection.versions
    .filter((v) => v.known === true && v.record.setOn !== null)
    .map(({ record }) => ({
      retailer: record.retailer ?? '',
      setOn: record.setOn!,
      amount: (record.cents ?? Number.NaN) / 100,
      label: record.label ?? '',
      source: record.source,
    }))
    .sort((a, b) => compareNullable(a.setOn, b.setOn) || compareNullable(a.retailer, b.retailer));
}

/** Revenue, orders and commission by month (or year) and channel up to the as-of date. */
export function outlookSeries({ facts, windows, filters }: GoalInputs, grain: 'month' | 'year'): OutlookSeriesRow[] {
  const groups = groupFacts(factsIn(facts, windows.history), (f) => keyOf(bucketOf(f.month, grain), f.channel));
  const rows = [...groups.values()].map((group) => {
    const rowCount = sumOf(group, (f) => f.rows);
    const metrics = [...new Set(group.flatMap((f) => (f.metric === null ? [] : [f.metric])))].sort();
    return {
      period: bucketOf(group[0]!.month, grain),
      channel: group[0]!.channel,
      revenue: euros(sumOf(group, (f) => measuredUnits(f, filters.basis))),
      orders: ordersOfAll(group),
      commission: sumOf(group, (f) => f.commissionCount) === rowCount ? euros(sumOf(group, (f) => f.commission ?? 0)) : null,
      metric: metrics.length <= 1 ? (metrics[0] ?? null) : null,
    };
  });
  rows.sort((a, b) => compareNullable(a.period, b.period) || compareNullable(a.channel, b.channel));
  return rows.map((r) => ({ ...r, channel: r.channel ?? '' }));
}

/** Orders and revenue by channel over the KPIs' window and a year earlier, with the window's target. */
export function revenueDrivers({ facts, selection, windows, filters }: GoalInputs): RevenueDriversData {
  const perChannel = (window: OverviewWindows['measured']) => {
    const groups = groupFacts(factsIn(facts, window), (f) => keyOf(f.channel));
    return new Map(
      [...groups.values()].map((g) => [g[0]!.channel, { revenue: euros(sumOf(g, (f) => measuredUnits(f, filters.basis))), orders: ordersOfAll(g) }]),
    );
  };
  const current = perChannel(windows.measured);
  const previous = perChannel(windows.yearBefore);
  const names = [...new Set([...current.keys(), ...previous.keys()])].sort(compareNullable);
  const channels: ChannelPeriods[] = names.flatMap((channel) => {
    if (channel === null) return [];
    const c = current.get(channel);
    const v = previous.get(channel);
    return [{ channel, revenue0: v?.revenue ?? 0, orders0: v ? v.orders : 0, revenue1: c?.revenue ?? 0, orders1: c ? c.orders : 0 }];
  });
  const { window, targets } = selection;
  const share = coverage(selection);
  return {
    windowStart: window.start,
    windowEnd: window.end,
    previousStart: window.start === null ? null : yearEarlier(window.start),
    previousEnd: window.end === null ? null : yearEarlier(window.end),
    target: targets.inForce === null || share === null ? null : targets.inForce * share,
    channels,
  };
}
