import type { DatasetContext, TargetRecord } from '../queries/dataset-context';
import type { Filters } from '../state/filters';
import { compareNullable } from './fact-sums';
import { dayNumber } from './periods';

/**
 * Which goal the overview measures against, its versions and the window measured: the rules of
 * queries/goal-window.ts (which the per-panel SQL still states and the equivalence test checks
 * this against), applied in TypeScript to the dataset's targets (dataset-context.ts).
 *
 * **Which goal.** The period's last day is the as-of date. The goal is the one the viewer chose
 * (`goal=`, by its period's last day), else the one whose period holds the as-of date, else the
 * next one to start after it, else — in hindsight — the latest one before it.
 * **Which version.** The one in force is the latest set on or before `targetAsOf`, or by default
 * on the as-of date; the original is the first version whenever it was set.
 * **The window** is the filtered period ∩ the goal's period; a period that does not overlap it
 * is measured whole, without a prorated target (`inGoal` false).
 * A goal applies only to the scope it was set for: one retailer or all, all channels or one.
 */
export interface GoalSelection {
  /** The filter's bounds, else the data's first and last day. */
  fromDate: string | null;
  /** The as-of date. */
  toDate: string | null;
  goal: { start: string; end: string } | null;
  /** Versions of the chosen goal, with whether each was known on the version date. */
  versions: { record: TargetRecord; known: boolean | null }[];
  targets: GoalTargets;
  window: { start: string | null; end: string | null; inGoal: boolean; goalDays: number | null };
}

/** The goal in force and the original one, summed over the retailers in scope (goal_targets). */
export interface GoalTargets {
  inForce: number | null;
  original: number | null;
  inForceSetOn: string | null;
  originalSetOn: string | null;
  inForceLabel: string | null;
  inForceSource: string | null;
  originalLabel: string | null;
  originalSource: string | null;
  versionCount: number;
}

/** The targets set for the filtered scope (goalScope in goal-window.ts). */
function inScope(filters: Filters, t: TargetRecord): boolean {
  if (filters.region || filters.category || filters.platform) return false;
  if (filters.retailer && t.retailer !== filters.retailer) return false;
  if (filters.channels.length === 0) return t.channel === null;
  return filters.channels.length === 1 && t.channel === filters.channels[0];
}

/** DESC NULLS LAST, DuckDB's default for a descending key. */
const descending = (a: string | null, b: string | null): number => (a === null || b === null ? compareNullable(a, b) : compareNullable(b, a));

/** ORDER BY … of the `goal` CTE: the goal asked for, then the one in force, the next to start, the latest. */
function goalOrder(asOf: string | null, chosen: string | null): (a: TargetRecord, b: TargetRecord) => number {
  // `period_end = goal DESC NULLS LAST`: true, false, then NULL (no goal asked for, or no end).
  const asked = (t: TargetRecord) => (chosen === null || t.periodEnd === null ? 2 : t.periodEnd === chosen ? 0 : 1);
  const upcoming = (t: TargetRecord) => t.periodStart !== null && asOf !== null && t.periodStart > asOf;
  const holds = (t: TargetRecord) => t.periodStart !== null && t.periodEnd !== null && asOf !== null && t.periodStart <= asOf && t.periodEnd >= asOf;
  const when = (t: TargetRecord) => (holds(t) ? 0 : upcoming(t) ? 1 : 2);
  const nextStart = (t: TargetRecord) => (upcoming(t) ? t.periodStart : null);
  return (a, b) =>
    asked(a) - asked(b) ||
    when(a) - when(b) ||
    compareNullable(nextStart(a), nextStart(b)) ||
    descending(a.periodEnd, b.periodEnd) ||
    descending(a.periodStart, b.periodStart);
}

function chooseGoal(scoped: TargetRecord[], asOf: string | null, chosen: string | null): { start: string; end: string } | null {
  // A stable sort: among equals, the first row, as the loop it replaces kept.
  const best = [...scoped].sort(goalOrder(asOf, chosen))[0];
  // A goal without both dates matches no version (NULL never equals): as if there were none.
  return best && best.periodStart !== null && best.periodEnd !== null ? { start: best.periodStart, end: best.periodEnd } : null;
}

/** string_agg(value, sep ORDER BY retailer) over the rows kept: NULL values skipped, NULL if none. */
function joined(rows: TargetRecord[], value: (t: TargetRecord) => string | null, separator: string): string | null {
  const sorted = [...rows].sort((a, b) => compareNullable(a.retailer, b.retailer));
  const values = sorted.map(value).filter((v): v is string => v !== null);
  return values.length ? values.join(separator) : null;
}

const sumCents = (rows: TargetRecord[]): number | null => (rows.some((r) => r.cents !== null) ? rows.reduce((sum, r) => sum + (r.cents ?? 0), 0) / 100 : null);

function extreme(dates: (string | null)[], pick: 'min' | 'max'): string | null {
  const known = dates.filter((d): d is string => d !== null).sort();
  return (pick === 'min' ? known[0] : known[known.length - 1]) ?? null;
}

/** The `ranked` and `goal_targets` CTEs: per retailer, the newest known version and the oldest one. */
function goalTargets(versions: GoalSelection['versions']): GoalTargets {
  const byRetailer = new Map<string | null, GoalSelection['versions']>();
  for (const v of versions) byRetailer.set(v.record.retailer, [...(byRetailer.get(v.record.retailer) ?? []), v]);
  const newest: TargetRecord[] = [];
  const oldest: TargetRecord[] = [];
  for (const rows of byRetailer.values()) {
    const known = rows.filter((v) => v.known === true).map((v) => v.record);
    const latest = [...known].sort((a, b) => descending(a.setOn, b.setOn))[0];
    if (latest) newest.push(latest);
    const first = rows.map((v) => v.record).sort((a, b) => compareNullable(a.setOn, b.setOn))[0];
    if (first) oldest.push(first);
  }
  return {
    inForce: sumCents(newest),
    original: sumCents(oldest),
    inForceSetOn: extreme(
      newest.map((t) => t.setOn),
      'max',
    ),
    originalSetOn: extreme(
      oldest.map((t) => t.setOn),
      'min',
    ),
    inForceLabel: joined(newest, (t) => t.label, ' · '),
    inForceSource: joined(newest, (t) => t.source, ' '),
    originalLabel: joined(oldest, (t) => t.label, ' · '),
    originalSource: joined(oldest, (t) => t.source, ' '),
    versionCount: versions.filter((v) => v.known === true).length,
  };
}

export function selectGoal(context: DatasetContext, filters: Filters): GoalSelection {
  const fromDate = filters.from ?? context.firstDate;
  const toDate = filters.to ?? context.lastDate;
  const scoped = context.targets.filter((t) => inScope(filters, t));
  const goal = chooseGoal(scoped, toDate, filters.goal);
  const knownOn = filters.targetAsOf ?? toDate;
  const versions = goal
    ? scoped
        .filter((t) => t.periodStart === goal.start && t.periodEnd === goal.end)
        .map((record) => ({ record, known: record.setOn === null || knownOn === null ? null : record.setOn <= knownOn }))
    : [];
  const inGoal = goal !== null && toDate !== null && fromDate !== null && goal.start <= toDate && goal.end >= fromDate;
  const window = {
    start: inGoal ? (fromDate! > goal.start ? fromDate : goal.start) : fromDate,
    end: inGoal ? (toDate! < goal.end ? toDate : goal.end) : toDate,
    inGoal,
    goalDays: goal ? daysBetween(goal.start, goal.end) + 1 : null,
  };
  return { fromDate, toDate, goal, versions, targets: goalTargets(versions), window };
}

/** least(period_end, to_d): DuckDB's least skips NULL. The goal period's last day measured so far. */
export function goalSoFarEnd(selection: GoalSelection): string | null {
  const { goal, toDate } = selection;
  if (!goal) return null;
  return toDate === null || goal.end < toDate ? goal.end : toDate;
}

/** Share of the goal's period the window covers (the KPIs' proration); null outside the goal. */
export function coverage(selection: GoalSelection): number | null {
  const { window } = selection;
  if (!window.inGoal || window.start === null || window.end === null || window.goalDays === null) return null;
  return (daysBetween(window.start, window.end) + 1) / window.goalDays;
}

/** date_diff('day', a, b). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
