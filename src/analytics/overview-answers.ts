import type { ChannelShare } from '../queries/channel-mix';
import type { PlatformEconomics } from '../queries/commission-by-platform';
import type { DatasetContext } from '../queries/dataset-context';
import type { DatedEvent } from '../queries/events';
import type { GoalProgress } from '../queries/goal-progress';
import type { GoalToDate } from '../queries/goal-to-date';
import type { GoalVersionRecord } from '../queries/goal-versions';
import type { KpiSummary } from '../queries/kpi-summary';
import type { OutlookSeriesRow } from '../queries/outlook-series';
import type { OverviewFact } from '../queries/overview-facts';
import { goalBucket, trendBucket } from '../queries/overview-queries';
import type { OverviewPlan } from '../queries/overview-plan';
import type { ChannelRevenueRow } from '../queries/revenue-by-channel';
import type { RevenueDriversData } from '../queries/revenue-drivers';
import type { RevenueSource } from '../queries/revenue-sources';
import type { Filters, TimeBucket } from '../state/filters';
import { factsIn } from './fact-windows';
import { goalProgress, goalToDate, goalVersions, kpiSummary, outlookSeries, revenueDrivers } from './goal-answers';
import { channelMix, commissionByPlatform, eventsOf, periodYears, revenueByChannel, revenueSources } from './sales-answers';

/**
 * Every answer of the overview (its panels, the outlook's inputs, the driver bridge) for one set
 * of filters, computed from the one facts result of its plan (queries/overview-plan.ts) and the
 * dataset's context — the same answers, to the cent, as the per-panel queries of
 * queries/overview-queries.ts, which remain the reference (test/integration/overview-answers.test.ts).
 * Pure and quick (thousands of facts): a filter change costs one query, a basis or bucket change none.
 */
export interface OverviewAnswers {
  kpis: KpiSummary;
  progress: GoalProgress;
  byChannel: ChannelRevenueRow[];
  mix: ChannelShare[];
  commission: PlatformEconomics[];
  events: DatedEvent[];
  sources: RevenueSource[];
  outlookSeries: OutlookSeriesRow[];
  goalToDate: GoalToDate;
  goalVersions: GoalVersionRecord[];
  periodYears: Map<number, number>;
  drivers: RevenueDriversData;
}

export function overviewAnswers(
  plan: OverviewPlan,
  facts: readonly OverviewFact[],
  context: DatasetContext,
  filters: Filters,
  chosenBucket: TimeBucket | null = null,
): OverviewAnswers {
  const inputs = { facts, selection: plan.selection, windows: plan.windows, filters };
  const filtered = factsIn(facts, plan.windows.filtered);
  return {
    kpis: kpiSummary(inputs),
    progress: goalProgress(inputs, goalBucket(filters)),
    byChannel: revenueByChannel(filtered, trendBucket(filters, chosenBucket)),
    mix: channelMix(filtered),
    commission: commissionByPlatform(filtered),
    events: eventsOf(context.events, filters),
    sources: revenueSources(filtered),
    outlookSeries: outlookSeries(inputs, goalBucket(filters) === 'year' ? 'year' : 'month'),
    goalToDate: goalToDate(inputs),
    goalVersions: goalVersions(plan.selection),
    periodYears: periodYears(filtered, filters.basis),
    drivers: revenueDrivers(inputs),
  };
}
