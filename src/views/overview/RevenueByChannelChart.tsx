import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import type { ChannelRevenueRow } from '../../queries/revenue-by-channel';
import type { CrossFilterControl } from '../../state/cross-filter';
import type { TimeBucket } from '../../state/filters';
import { TREND_MODES, type ViewSettings } from '../../state/view-settings';
import { ChartCard } from '../components/ChartCard';
import { channelLabel } from '../components/channel-style';
import { bucketLabel } from '../components/chart-format';
import { fillBucketGaps, pivotChannels } from './pivot-channels';
import { TrendBars } from './TrendBars';
import { TrendMultiples } from './TrendMultiples';

interface Props {
  state: QueryState<ChannelRevenueRow[]>;
  bucket: TimeBucket;
  bucketChoices: TimeBucket[];
  settings: ViewSettings;
  onSettingsChange: (settings: ViewSettings) => void;
  footer: React.ReactNode;
  /** Clicks on bars and dates filter the page (see state/cross-filter.ts). */
  cross: CrossFilterControl;
  /** Years the publisher did not publish (model/published-gaps.ts): their gap is named so. */
  unpublishedYears: number[];
}

export function RevenueByChannelChart({ state, bucket, bucketChoices, settings, onSettingsChange, footer, cross, unpublishedYears }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const pivot = pivotChannels(state.data ?? []);
  const { channels, series } = pivot;
  const { data, missing } = fillBucketGaps(pivot.data, bucket);
  const gaps = missing.map((iso) => {
    const period = bucketLabel(iso, bucket, i18n);
    return {
      bucket: iso,
      label: t(bucket === 'year' && unpublishedYears.includes(Number(iso.slice(0, 4))) ? 'charts.gapUnpublished' : 'charts.gapNoData', { period }),
    };
  });
  const hidden = new Set(settings.hiddenChannels);
  const toggle = (channel: string) =>
    onSettingsChange({
      ...settings,
      hiddenChannels: hidden.has(channel) ? settings.hiddenChannels.filter((c) => c !== channel) : [...settings.hiddenChannels, channel],
    });
  return (
    <ChartCard
      testId="chart-revenue-by-channel"
      title={t('chart.revenueByChannel')}
      subtitle={t('chart.revenueByChannelSub', { bucket: t(`bucket.${bucket}`) })}
      status={state.status}
      error={state.error}
      empty={data.length === 0}
      footer={footer}
      exportData={{
        columns: ['period', 'channel', 'revenue_eur', 'orders'],
        rows: (state.data ?? []).map((r) => [r.bucket, r.channel, r.revenue, r.orders]),
      }}
    >
      <div className="chart-controls no-print">
        {bucketChoices.length > 1 ? (
          <label className="field field-inline">
            <span className="field-label">{t('chart.bucketLabel')}</span>
            <select
              data-testid="trend-bucket"
              value={settings.trendBucket ?? ''}
              onChange={(e) => onSettingsChange({ ...settings, trendBucket: (e.target.value || null) as TimeBucket | null })}
            >
              <option value="">{t('filters.auto', { bucket: t(`bucket.${bucket}`) })}</option>
              {bucketChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`bucket.${choice}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="field field-inline">
          <span className="field-label">{t('charts.mode')}</span>
          <select
            data-testid="trend-mode"
            value={settings.trendMode}
            onChange={(e) => onSettingsChange({ ...settings, trendMode: e.target.value as ViewSettings['trendMode'] })}
          >
            {TREND_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`charts.mode.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        {/* A hidden series keeps its toggle even when the filter leaves it alone on the chart. */}
        {channels.length > 1 || channels.some((c) => hidden.has(c)) ? (
          <fieldset className="series-toggles">
            <legend className="visually-hidden">{t('chart.seriesLegend')}</legend>
            {channels.map((channel) => (
              <label key={channel} className="series-toggle">
                <input type="checkbox" data-testid={`trend-series-${channel}`} checked={!hidden.has(channel)} onChange={() => toggle(channel)} />
                {channelLabel(channel, i18n)}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {settings.trendMode === 'multiples' ? (
        <TrendMultiples data={data} series={series} hidden={hidden} bucket={bucket} cross={cross} />
      ) : (
        <TrendBars
          data={data}
          series={series}
          hidden={hidden}
          bucket={bucket}
          share={settings.trendMode === 'share'}
          cross={cross}
          onToggleSeries={toggle}
          gaps={gaps}
        />
      )}
      <p className="chart-hint no-print">{t(settings.trendMode === 'multiples' ? 'charts.multiplesNote' : 'charts.clickHint')}</p>
    </ChartCard>
  );
}
