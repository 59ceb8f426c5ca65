import { channelMixQuery, readChannelMix } from '../queries/channel-mix';
import { commissionByPlatformQuery, readCommissionByPlatform } from '../queries/commission-by-platform';
import { datasetFacetsQuery, readDatasetFacets } from '../queries/dataset-facets';
import { eventsQuery, readEvents } from '../queries/events';
import { goalProgressQuery, readGoalProgress } from '../queries/goal-progress';
import { kpiSummaryQuery, readKpiSummary } from '../queries/kpi-summary';
import { readRevenueByChannel, revenueByChannelQuery } from '../queries/revenue-by-channel';
import { readRevenueSources, revenueSourcesQuery } from '../queries/revenue-sources';
import { readTargetVersions, targetVersionsQuery } from '../queries/target-versions';
import { BUNDLED_DATASETS } from '../model/bundled-datasets';
import type { BundledDatasetId } from '../model/dataset';
import type { Filters, TimeBucket } from '../state/filters';
import { useNamedQuery } from './use-named-query';

const DAY_MS = 86_400_000;

/** Yearly figures are charted by year; daily data by month over up to three years, else by quarter. */
export function chartBucket(filters: Filters): TimeBucket {
  const info = BUNDLED_DATASETS[filters.dataset as BundledDatasetId];
  if (info?.grain === 'year') return 'year';
  if (filters.from && filters.to) {
    const days = (Date.parse(filters.to) - Date.parse(filters.from)) / DAY_MS;
    if (days <= 3 * 366) return 'month';
  }
  return 'quarter';
}

/** Buckets the viewer may choose for the trend chart: yearly figures cannot be split by month. */
export function trendBucketChoices(filters: Filters): TimeBucket[] {
  return BUNDLED_DATASETS[filters.dataset as BundledDatasetId]?.grain === 'year' ? ['year'] : ['month', 'quarter', 'year'];
}

export function goalBucket(filters: Filters): TimeBucket {
  return BUNDLED_DATASETS[filters.dataset as BundledDatasetId]?.grain === 'year' ? 'year' : 'month';
}

/** Every panel of the overview, each its own named query, all run on the active dataset. */
export function useOverview(filters: Filters, trendBucket: TimeBucket | null = null) {
  const bucket = trendBucket && trendBucketChoices(filters).includes(trendBucket) ? trendBucket : chartBucket(filters);
  const dataset = filters.dataset;
  return {
    bucket,
    kpis: useNamedQuery(dataset, kpiSummaryQuery(filters), readKpiSummary),
    progress: useNamedQuery(dataset, goalProgressQuery(filters, goalBucket(filters)), readGoalProgress),
    byChannel: useNamedQuery(dataset, revenueByChannelQuery(filters, bucket), readRevenueByChannel),
    mix: useNamedQuery(dataset, channelMixQuery(filters), readChannelMix),
    commission: useNamedQuery(dataset, commissionByPlatformQuery(filters), readCommissionByPlatform),
    events: useNamedQuery(dataset, eventsQuery(filters), readEvents),
    sources: useNamedQuery(dataset, revenueSourcesQuery(filters), readRevenueSources),
  };
}

export function useDatasetFacets(dataset: string) {
  return useNamedQuery(dataset, datasetFacetsQuery(dataset), readDatasetFacets);
}

/** The dated versions of the goals the filter bar offers to measure against. */
export function useTargetVersions(dataset: string, retailer: string | null) {
  return useNamedQuery(dataset, targetVersionsQuery(dataset, retailer), readTargetVersions);
}

export type OverviewData = ReturnType<typeof useOverview>;
