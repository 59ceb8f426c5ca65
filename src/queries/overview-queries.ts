import { BUNDLED_DATASETS } from '../model/bundled-datasets';
import type { BundledDatasetId } from '../model/dataset';
import type { Filters, TimeBucket } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { channelMixQuery } from './channel-mix';
import { commissionByPlatformQuery } from './commission-by-platform';
import { datasetFacetsQuery } from './dataset-facets';
import { eventsQuery } from './events';
import { goalProgressQuery } from './goal-progress';
import { goalToDateQuery } from './goal-to-date';
import { goalVersionsQuery } from './goal-versions';
import { kpiSummaryQuery } from './kpi-summary';
import { outlookSeriesQuery } from './outlook-series';
import { periodYearsQuery } from './period-years';
import { revenueByChannelQuery } from './revenue-by-channel';
import { revenueDriversQuery } from './revenue-drivers';
import { revenueSourcesQuery } from './revenue-sources';
import type { SalesSource } from './sales-facts';
import { targetVersionsQuery } from './target-versions';

/**
 * Which named queries the overview runs for a set of filters, in one pure place: the page's
 * hook, the build-time first-paint snapshot and the benchmark all use this list, so a panel
 * added here is snapshotted and benchmarked too.
 */

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

/** The trend chart's bucket: the viewer's choice when the data allows it, else the default. */
export function trendBucket(filters: Filters, chosen: TimeBucket | null): TimeBucket {
  return chosen && trendBucketChoices(filters).includes(chosen) ? chosen : chartBucket(filters);
}

/**
 * Every panel of the overview, each its own named query on the active dataset. The page reads
 * the dataset's summary table (`cube`: every dataset it loads has one, see sales-cube.ts); `raw`
 * gives the same answers from the sales table alone.
 */
export function overviewQueries(filters: Filters, chosenBucket: TimeBucket | null = null, source: SalesSource = 'cube') {
  const bucket = trendBucket(filters, chosenBucket);
  return {
    kpis: kpiSummaryQuery(filters, source),
    progress: goalProgressQuery(filters, goalBucket(filters), source),
    byChannel: revenueByChannelQuery(filters, bucket, source),
    mix: channelMixQuery(filters, source),
    commission: commissionByPlatformQuery(filters, source),
    events: eventsQuery(filters),
    sources: revenueSourcesQuery(filters, source),
    // "Will we make the goal?" (use-outlook.ts) and the driver bridge.
    outlookSeries: outlookSeriesQuery(filters, goalBucket(filters) === 'year' ? 'year' : 'month', source),
    goalToDate: goalToDateQuery(filters, source),
    goalVersions: goalVersionsQuery(filters, source),
    // A period before the goal year is measured against the phased plan, by whole years.
    periodYears: periodYearsQuery(filters, source),
    drivers: revenueDriversQuery(filters, source),
  } satisfies Record<string, BuiltQuery>;
}

/** The queries of the page around the overview: the filter bar's values and goal versions. */
export function shellQueries(filters: Filters, source: SalesSource = 'cube') {
  return {
    facets: datasetFacetsQuery(filters.dataset, source),
    targetVersions: targetVersionsQuery(filters.dataset),
  } satisfies Record<string, BuiltQuery>;
}
