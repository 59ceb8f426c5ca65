import type { ForecastModelId } from '../model/forecast-model-id';
import type { PhasingChoice } from '../model/phasing-choice';
import type { GoalToDate } from '../queries/goal-to-date';
import type { GoalVersionRecord } from '../queries/goal-versions';
import type { KpiSummary } from '../queries/kpi-summary';
import type { OutlookSeriesRow } from '../queries/outlook-series';
import type { RevenueBasis } from '../state/filters';
import { buildOutlook, type Outlook, type OutlookInput } from './outlook';
import type { PeriodGrain } from './periods';

/** The named queries' answers the outlook is built from. */
export interface OutlookAnswers {
  kpis: KpiSummary;
  series: readonly OutlookSeriesRow[];
  toDate: GoalToDate;
  versions: readonly GoalVersionRecord[];
}

type AssemblyOptions = { grain: PeriodGrain; basis: RevenueBasis; phasing: PhasingChoice; model: ForecastModelId | null };

/**
 * The outlook's input exactly as the page assembles it (hooks/use-outlook.ts, which fits it in a
 * worker), the build-time first paint (cli/first-paint-cards.ts) and the tests: one place, so the
 * three cannot drift.
 */
export function outlookInputOf(a: OutlookAnswers, options: AssemblyOptions): OutlookInput {
  const k = a.kpis;
  const goal = k.goalStart && k.goalEnd && k.goalInForce !== null ? { start: k.goalStart, end: k.goalEnd, inForce: k.goalInForce } : null;
  return {
    grain: options.grain,
    basis: options.basis,
    rows: a.series,
    toDate: a.toDate.channels,
    lastDate: a.toDate.lastDate,
    asOf: k.asOf,
    goal,
    versions: a.versions,
    projection: k.projection,
    phasing: options.phasing,
    model: options.model,
  };
}

/** The outlook of the answers, fitted on this thread. */
export function outlookFromAnswers(a: OutlookAnswers, options: AssemblyOptions): Outlook {
  return buildOutlook(outlookInputOf(a, options));
}
