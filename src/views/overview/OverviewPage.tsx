import './charts-interactive.css';
import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { combineReadiness, usePageReadiness } from '../../hooks/use-page-readiness';
import { useOutlook } from '../../hooks/use-outlook';
import { useOverview } from '../../hooks/use-overview';
import { useLatestCallback, useStableValue } from '../../hooks/use-stable';
import { trendBucketChoices } from '../../queries/overview-queries';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { Filters } from '../../state/filters';
import type { ViewSettings } from '../../state/view-settings';
import { isNeutralScenario } from '../../model/scenario';
import { publishedGaps } from '../../model/published-gaps';
import { OutlookSection } from '../outlook/OutlookSection';
import { KpiCards } from './KpiCards';
import {
  ChannelMixChart,
  ChartsPending,
  CommissionChart,
  DriverBridgeChart,
  GoalHorizonChart,
  GoalProgressChart,
  preloadOverviewCharts,
  RevenueByChannelChart,
} from './lazy-charts';
import { SourcesNote, hasMetricBreak, useMetricBreakFooter } from './SourcesNote';
import { CrossFilterChips } from '../components/CrossFilterChips';
import { DrawInTurn, useChartsDrawn, useHoldFirstDraws } from '../components/draw-in-turn';
import { useCrossFilter } from '../components/use-cross-filter';
import { isUploadedDatasetId } from '../../model/dataset';
import { TypedFeeForm } from './TypedFeeForm';
import { TypedGoalForm } from './TypedGoalForm';

/** The executive's page: KPIs against the goal, then how each channel and platform contributes. */
interface OverviewPageProps {
  filters: Filters;
  facets: DatasetFacets | null;
  datasetNote: string;
  /** Chart choices (trend bucket, hidden series), carried in the share link. */
  settings: ViewSettings;
  onSettingsChange: (settings: ViewSettings) => void;
  /** A click on a chart mark filters the whole page (cross-filtering). */
  onFiltersChange: (filters: Filters) => void;
}

const NO_EVENTS: never[] = [];
/** Where a chart waits for its turn to draw (components/draw-in-turn.tsx): the size of the pending cards. */
const TALL_CHART_WAITING = <div className="card chart-pending chart-pending-tall" aria-busy="true" />;
const CHART_WAITING = <div className="card chart-pending" aria-busy="true" />;

/**
 * How long charts wait for live numbers before drawing the build-time snapshot's. The live
 * numbers come 1.7 s after the page opens on a 2-core Intel machine and 4.3 to 4.8 s on a 2-core
 * AMD VM (docs/performance.md). At 2.5 s the charts drew the snapshot there first, while
 * DuckDB loaded the sample: the first live KPI came 0.4 s later and the page had tasks of 150 to
 * 250 ms. The KPI cards show the snapshot from the first paint either way.
 */
const SNAPSHOT_CHARTS_AFTER_MS = 6000;

export function OverviewPage(props: OverviewPageProps) {
  const { facets, datasetNote } = props;
  // The shell builds these afresh on each render: kept stable so the memoised charts
  // (lazy-charts.tsx) draw again only when their own numbers or choices change.
  const filters = useStableValue(props.filters);
  const settings = useStableValue(props.settings);
  const onSettingsChange = useLatestCallback(props.onSettingsChange);
  const onFiltersChange = useLatestCallback(props.onFiltersChange);
  const i18n = useI18n();
  const o = useOverview(filters, settings.trendBucket);
  const outlook = useOutlook(filters, o, settings);
  const drivers = o.drivers;
  const cross = useCrossFilter(filters, onFiltersChange);
  const onOutlookChange = useLatestCallback((patch: Partial<ViewSettings>) => onSettingsChange({ ...settings, ...patch }));
  // Ready once every panel answered and every chart has drawn (they first draw in turn).
  const answered = combineReadiness([o.kpis, o.progress, o.byChannel, o.mix, o.commission, o.events, o.sources, drivers, ...outlook.states]);
  useEffect(preloadOverviewCharts, []);
  // Charts wait for the live numbers rather than draw the snapshot's twice (draw-in-turn.tsx).
  useHoldFirstDraws(o.kpis.status === 'loading' && o.kpis.snapshot === true, SNAPSHOT_CHARTS_AFTER_MS);
  const drawn = useChartsDrawn();
  usePageReadiness(answered === 'ready' && !drawn ? 'loading' : answered);
  const scenarioProjection = outlook.result && !isNeutralScenario(settings.scenario) ? outlook.result.projection : null;

  const first = filters.from ?? facets?.firstDate ?? null;
  const last = filters.to ?? facets?.lastDate ?? null;
  const filteredPeriod = first && last ? i18n.period(first, last) : '';
  const footer = useMemo(() => <span>{datasetNote}</span>, [datasetNote]);
  const trendFooter = useMetricBreakFooter(hasMetricBreak(o.sources.data ?? []), footer);
  const bucketChoices = useMemo(() => trendBucketChoices(filters), [filters]);
  const unpublishedYears = useMemo(
    () => publishedGaps(filters.dataset, filters.retailer ?? '', 'year').flatMap((g) => (g.year === undefined ? [] : [g.year])),
    [filters.dataset, filters.retailer],
  );

  // A typed goal is for a retailer and every channel: offered where it would apply.
  const uploaded = isUploadedDatasetId(filters.dataset);
  const wholeScope = !filters.region && !filters.category && !filters.platform && filters.channels.length === 0;
  const goalForm = useMemo(
    () =>
      uploaded && wholeScope && facets ? (
        <TypedGoalForm key={filters.dataset} datasetId={filters.dataset} retailers={facets.retailers} retailer={filters.retailer} lastDate={facets.lastDate} />
      ) : undefined,
    [uploaded, wholeScope, facets, filters.dataset, filters.retailer],
  );
  const firstDate = facets?.firstDate ?? null;
  const showFeeForm = useCallback(
    (platforms: string[]) =>
      firstDate ? <TypedFeeForm key={filters.dataset} datasetId={filters.dataset} platforms={platforms} firstDate={firstDate} /> : null,
    [filters.dataset, firstDate],
  );
  const feeForm = uploaded && firstDate ? showFeeForm : undefined;

  return (
    <div className="overview">
      <h1 className="visually-hidden">{i18n.t('overview.heading')}</h1>
      {filters.goal && outlook.kpis.data?.goalEnd && outlook.kpis.data.goalEnd !== filters.goal ? (
        <p className="link-notice" role="status" data-testid="goal-notice">
          {i18n.t('goal.notFound', { date: i18n.date(filters.goal), asOf: i18n.date(outlook.kpis.data.asOf ?? '') })}
        </p>
      ) : null}
      <CrossFilterChips chips={cross.chips} onClear={cross.clear} />
      <KpiCards state={outlook.kpis} scenarioProjection={scenarioProjection} basis={filters.basis} />
      <OutlookSection data={outlook} settings={settings} onChange={onOutlookChange} footer={footer} />
      <Suspense fallback={<ChartsPending />}>
        <div className="chart-grid">
          <div className="span-2">
            <DrawInTurn waiting={TALL_CHART_WAITING}>
              {/* Before the goal year the progress is counted in years up to the deadline, not within it. */}
              {outlook.outlook?.kind === 'goal' && outlook.outlook.ahead ? (
                <GoalHorizonChart outlook={outlook.outlook} />
              ) : (
                <GoalProgressChart progress={o.progress} kpis={o.kpis.data} events={o.events.data ?? NO_EVENTS} basis={filters.basis} goalForm={goalForm} />
              )}
            </DrawInTurn>
          </div>
          <div className="span-2">
            <DrawInTurn waiting={TALL_CHART_WAITING}>
              <RevenueByChannelChart
                state={o.byChannel}
                bucket={o.bucket}
                bucketChoices={bucketChoices}
                settings={settings}
                onSettingsChange={onSettingsChange}
                footer={trendFooter}
                cross={cross}
                unpublishedYears={unpublishedYears}
              />
            </DrawInTurn>
          </div>
          <DrawInTurn waiting={CHART_WAITING}>
            <ChannelMixChart state={o.mix} period={filteredPeriod} footer={footer} cross={cross} rowSlots={facets?.channels.length ?? 0} />
          </DrawInTurn>
          <DrawInTurn waiting={CHART_WAITING}>
            <CommissionChart
              key={filters.dataset}
              state={o.commission}
              period={filteredPeriod}
              footer={footer}
              cross={cross}
              feeForm={feeForm}
              rowSlots={facets?.platformRows ?? 0}
            />
          </DrawInTurn>
          {/* Screen only: the printed briefing keeps to one page (KPIs, pacing and the four charts). */}
          <div className="span-2 no-print">
            <DrawInTurn waiting={TALL_CHART_WAITING}>
              <DriverBridgeChart state={drivers} basis={filters.basis} />
            </DrawInTurn>
          </div>
        </div>
      </Suspense>
      <SourcesNote state={o.sources} />
    </div>
  );
}
