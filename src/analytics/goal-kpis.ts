import type { KpiSummary } from '../queries/kpi-summary';
import type { GoalAhead } from './goal-ahead';
import { phasedKpis } from './goal-ahead';
import type { Outlook } from './outlook';
import { originalPlan } from './target-path';

/** The KPI cards' figures: the SQL summary, or for a period before the goal year the phased plan's. */
export interface GoalKpis extends KpiSummary {
  /** Set when the as-of date is before the goal's period: the goal is ahead. */
  ahead: GoalAhead | null;
  /** For a goal ahead: how the target was phased (path, base year) and where the measure starts. */
  phasing: {
    path: 'linear' | 'compound';
    baseYear: number | null;
    baseAmount: number | null;
    /** Where the measured window starts: the period's start, or the plan's first phased year if later. */
    measuredFrom: string;
    /** Whether the start of the chosen period (the base year or earlier) was left out of the window. */
    trimmed: boolean;
  } | null;
}

/** Whether the summary's goal lies after its as-of date (the period ends before the goal starts). */
export function goalIsAhead(k: KpiSummary): boolean {
  return !!k.goalStart && !!k.asOf && k.asOf < k.goalStart && k.goalInForce !== null;
}

/**
 * The KPIs as the cards show them. Inside (or after) the goal's period they are the SQL
 * summary's, unchanged. Before it, the target is the plan in force phased over the chosen period
 * from its first phased year, the actual is the revenue of those same days, and the projection is
 * the forecast of the goal's own period; null until the outlook and the period's years are known.
 */
export function goalKpis(k: KpiSummary, outlook: Outlook | null, years: ReadonlyMap<number, number> | null, path: 'linear' | 'compound'): GoalKpis | null {
  if (!goalIsAhead(k)) return { ...k, ahead: null, phasing: null };
  if (!outlook || !years) return null;
  if (outlook.kind !== 'goal' || !outlook.ahead) return { ...k, ahead: null, phasing: null };
  // An outlook kept on screen from other filters is not mixed with these figures.
  if (outlook.goal.end !== k.goalEnd || outlook.ahead.asOf !== k.asOf) return null;
  const inForce = outlook.plans[outlook.plans.length - 1];
  const ahead = outlook.ahead;
  const projection = ahead.projection?.mean ?? null;
  const base = { ...k, ahead, projection, target: null, attainment: null, attainmentOriginal: null, gap: null, originalTarget: null };
  if (!inForce || !k.windowStart || !k.goalStart) return { ...base, phasing: null };
  const original = originalPlan(outlook.plans);
  const phased = phasedKpis(
    { from: k.windowStart, to: ahead.asOf },
    k.goalStart,
    { inForce, original: original === inForce ? null : original },
    outlook.grain,
    years,
  );
  const measuredFrom = phased?.windowStart ?? k.goalStart;
  const phasing = { path, baseYear: inForce.base?.year ?? null, baseAmount: inForce.base?.amount ?? null, measuredFrom, trimmed: measuredFrom > k.windowStart };
  if (!phased) return { ...base, phasing };
  return {
    ...base,
    phasing,
    windowStart: phased.windowStart,
    windowEnd: phased.windowEnd,
    actual: phased.actual,
    target: phased.target,
    originalTarget: phased.originalTarget ?? phased.target,
    attainment: phased.attainment,
    attainmentOriginal: phased.attainmentOriginal ?? phased.attainment,
    gap: phased.gap,
  };
}
