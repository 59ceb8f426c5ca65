import { MONEY_UNITS, type OverviewFact } from '../queries/overview-facts';
import type { Filters, TimeBucket } from '../state/filters';

/** Sums of facts as the per-panel SQL computes them (see queries/overview-facts.ts for the units). */

/** Units of money to euros: the same double as DuckDB's DECIMAL sum cast to DOUBLE. */
export const euros = (units: number): number => units / MONEY_UNITS;

/** The revenue measured on the basis (units): gross, or net of the commission counted. */
export function measuredUnits(fact: OverviewFact, basis: Filters['basis']): number {
  return basis === 'net' ? fact.revenue - fact.effectiveCommission : fact.revenue;
}

export function sumOf(facts: readonly OverviewFact[], value: (fact: OverviewFact) => number): number {
  let sum = 0;
  for (const fact of facts) sum += value(fact);
  return sum;
}

/** Facts grouped by a key, groups in the order first met. */
export function groupFacts(facts: readonly OverviewFact[], key: (fact: OverviewFact) => string): Map<string, OverviewFact[]> {
  const groups = new Map<string, OverviewFact[]>();
  for (const fact of facts) {
    const k = key(fact);
    const group = groups.get(k);
    if (group) group.push(fact);
    else groups.set(k, [fact]);
  }
  return groups;
}

/** `sum(orders)`: NULL when no row has a count. */
export function sumOrders(facts: readonly OverviewFact[]): number | null {
  return facts.some((f) => f.orders !== null) ? sumOf(facts, (f) => f.orders ?? 0) : null;
}

/** Orders only when every row has a count: a basket is not computed from part of the rows. */
export function ordersOfAll(facts: readonly OverviewFact[]): number | null {
  return sumOf(facts, (f) => f.ordersCount) === sumOf(facts, (f) => f.rows) ? sumOrders(facts) : null;
}

/** `max(last_date)` / `min(first_date)`: null without facts. */
export function lastDateOf(facts: readonly OverviewFact[]): string | null {
  let last: string | null = null;
  for (const f of facts) if (last === null || f.lastDate > last) last = f.lastDate;
  return last;
}

export function firstDateOf(facts: readonly OverviewFact[]): string | null {
  let first: string | null = null;
  for (const f of facts) if (first === null || f.firstDate < first) first = f.firstDate;
  return first;
}

/** `date_trunc(bucket, month)`. */
export function bucketOf(month: string, bucket: TimeBucket): string {
  if (bucket === 'month') return month;
  if (bucket === 'year') return `${month.slice(0, 4)}-01-01`;
  const first = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${month.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** A group key of nullable texts: NULL and '' stay apart. */
export const keyOf = (...parts: (string | null)[]): string => JSON.stringify(parts);

/** ORDER BY on a nullable text column: NULLS LAST, as DuckDB's default. */
export function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
