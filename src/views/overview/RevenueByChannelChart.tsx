import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import type { ChannelRevenueRow } from '../../queries/revenue-by-channel';
import type { TimeBucket } from '../../state/filters';
import type { ViewSettings } from '../../state/view-settings';
import { ChartCard } from '../components/ChartCard';
import { bucketLabel, euroTooltip } from '../components/chart-format';
import { channelColor, channelLabel } from '../components/channel-style';
import { pivotChannels } from './pivot-channels';

interface Props {
  state: QueryState<ChannelRevenueRow[]>;
  bucket: TimeBucket;
  bucketChoices: TimeBucket[];
  settings: ViewSettings;
  onSettingsChange: (settings: ViewSettings) => void;
  footer: React.ReactNode;
}

export function RevenueByChannelChart({ state, bucket, bucketChoices, settings, onSettingsChange, footer }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { channels, series, data } = pivotChannels(state.data ?? []);
  const hidden = new Set(settings.hiddenChannels);
  const toggle = (channel: string) =>
    onSettingsChange({ ...settings, hiddenChannels: hidden.has(channel) ? settings.hiddenChannels.filter((c) => c !== channel) : [...settings.hiddenChannels, channel] });
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
            <select data-testid="trend-bucket" value={settings.trendBucket ?? ''} onChange={(e) => onSettingsChange({ ...settings, trendBucket: (e.target.value || null) as TimeBucket | null })}>
              <option value="">{t('filters.auto', { bucket: t(`bucket.${bucket}`) })}</option>
              {bucketChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`bucket.${choice}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
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
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="bucket" tickFormatter={(iso: string) => bucketLabel(iso, bucket, i18n)} minTickGap={16} />
          <YAxis
            tickFormatter={(v: number) => i18n.euro(v)}
            width={80}
            label={{ value: t('chart.axisRevenue'), angle: -90, position: 'insideLeft', offset: -4, style: { textAnchor: 'middle', fill: '#475569', fontSize: 12 } }}
          />
          <Tooltip labelFormatter={(iso) => bucketLabel(String(iso), bucket, i18n)} formatter={euroTooltip(i18n)} />
          <Legend verticalAlign="bottom" height={28} />
          {series.map(({ channel, key }, index) => hidden.has(channel) ? null : (
            <Bar key={key} dataKey={key} name={channelLabel(channel, i18n)} stackId="revenue" fill={channelColor(channel, index)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
