import { Suspense } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { combineReadiness, usePageReadiness } from '../../hooks/use-page-readiness';
import { useOutlook } from '../../hooks/use-outlook';
import { useRevenueDrivers } from '../../hooks/use-competition';
import { useOverview } from '../../hooks/use-overview';
import { trendBucketChoices } from '../../queries/overview-queries';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { Filters } from '../../state/filters';
import type { ViewSettings } from '../../state/view-settings';
import { isNeutralScenario } from '../../model/scenario';
import { OutlookSection } from '../outlook/OutlookSection';
import { KpiCards } from './KpiCards';
import { ChannelMixChart, ChartsPending, CommissionChart, DriverBridgeChart, GoalProgressChart, RevenueByChannelChart } from './lazy-charts';
import { SourcesNote, hasMetricBreak } from './SourcesNote';

/** The executive's page: KPIs against the goal, then how each channel and platform contributes. */
interface OverviewPageProps {
  filters: Filters;
  facets: DatasetFacets | null;
  datasetNote: string;
  /** Chart choices (trend bucket, hidden series), carried in the share link. */
  settings: ViewSettings;
  onSettingsChange: (settings: ViewSettings) => void;
}

export function OverviewPage({ filters, facets, datasetNote, settings, onSettingsChange }: OverviewPageProps) {
  const i18n = useI18n();
  const o = useOverview(filters, settings.trendBucket);
  const outlook = useOutlook(filters, o.kpis, settings);
  const drivers = useRevenueDrivers(filters);
  usePageReadiness(combineReadiness([o.kpis, o.progress, o.byChannel, o.mix, o.commission, o.events, o.sources, drivers, ...outlook.states]));
  const scenarioProjection = outlook.result && !isNeutralScenario(settings.scenario) ? outlook.result.projection : null;

  const first = filters.from ?? facets?.firstDate ?? null;
  const last = filters.to ?? facets?.lastDate ?? null;
  const filteredPeriod = first && last ? i18n.period(first, last) : '';
  const footer = <span>{datasetNote}</span>;
  const trendFooter = hasMetricBreak(o.sources.data ?? []) ? (
    <span>
      <strong className="metric-break">{i18n.t('sources.metricBreak')}</strong> {datasetNote}
    </span>
  ) : (
    footer
  );

  return (
    <div className="overview">
      <h1 className="visually-hidden">{i18n.t('overview.heading')}</h1>
      <KpiCards state={o.kpis} scenarioProjection={scenarioProjection} basis={filters.basis} />
      <OutlookSection data={outlook} settings={settings} onChange={(patch) => onSettingsChange({ ...settings, ...patch })} footer={footer} />
      <Suspense fallback={<ChartsPending />}>
      <div className="chart-grid">
        <div className="span-2">
          <GoalProgressChart progress={o.progress} kpis={o.kpis.data} events={o.events.data ?? []} basis={filters.basis} />
        </div>
        <div className="span-2">
          <RevenueByChannelChart
            state={o.byChannel}
            bucket={o.bucket}
            bucketChoices={trendBucketChoices(filters)}
            settings={settings}
            onSettingsChange={onSettingsChange}
            footer={trendFooter}
          />
        </div>
        <ChannelMixChart state={o.mix} period={filteredPeriod} footer={footer} />
        <CommissionChart state={o.commission} period={filteredPeriod} footer={footer} />
        {/* Screen only: the printed briefing keeps to one page (KPIs, pacing and the four charts). */}
        <div className="span-2 no-print">
          <DriverBridgeChart state={drivers} basis={filters.basis} />
        </div>
      </div>
      </Suspense>
      <SourcesNote state={o.sources} />
    </div>
  );
}
