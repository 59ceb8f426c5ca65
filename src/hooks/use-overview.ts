import { readChannelMix } from '../queries/channel-mix';
import { readCommissionByPlatform } from '../queries/commission-by-platform';
import { readEvents } from '../queries/events';
import { readGoalProgress } from '../queries/goal-progress';
import { readKpiSummary } from '../queries/kpi-summary';
import { overviewQueries, trendBucket } from '../queries/overview-queries';
import { readRevenueByChannel } from '../queries/revenue-by-channel';
import { readRevenueDrivers } from '../queries/revenue-drivers';
import { readRevenueSources } from '../queries/revenue-sources';
import type { Filters, TimeBucket } from '../state/filters';
import { useNamedQuery } from './use-named-query';

/** Every panel of the overview, each its own named query (see queries/overview-queries.ts). */
export function useOverview(filters: Filters, chosenBucket: TimeBucket | null = null) {
  const dataset = filters.dataset;
  const q = overviewQueries(filters, chosenBucket);
  return {
    bucket: trendBucket(filters, chosenBucket),
    kpis: useNamedQuery(dataset, q.kpis, readKpiSummary),
    progress: useNamedQuery(dataset, q.progress, readGoalProgress),
    byChannel: useNamedQuery(dataset, q.byChannel, readRevenueByChannel),
    mix: useNamedQuery(dataset, q.mix, readChannelMix),
    commission: useNamedQuery(dataset, q.commission, readCommissionByPlatform),
    events: useNamedQuery(dataset, q.events, readEvents),
    sources: useNamedQuery(dataset, q.sources, readRevenueSources),
  };
}

export type OverviewData = ReturnType<typeof useOverview>;

/** Orders × basket by channel over the KPIs' window and a year earlier, with its target (the driver bridge). */
export function useRevenueDrivers(filters: Filters) {
  return useNamedQuery(filters.dataset, overviewQueries(filters).drivers, readRevenueDrivers);
}
