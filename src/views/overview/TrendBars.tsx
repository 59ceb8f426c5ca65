import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import { bucketRange, type CrossFilterControl } from '../../state/cross-filter';
import type { TimeBucket } from '../../state/filters';
import { niceTicks, regularBucketTicks } from '../components/axis-ticks';
import { ClickableTick, type TickOptions } from '../components/chart-marks';
import { bucketLabel } from '../components/chart-format';
import { channelColor, channelLabel } from '../components/channel-style';
import { SeriesTooltip } from '../components/SeriesTooltip';
import { channelSegmentShape } from './channel-segment';
import type { ChannelSeries } from './pivot-channels';

interface Props {
  data: Record<string, number | string>[];
  series: ChannelSeries[];
  hidden: ReadonlySet<string>;
  bucket: TimeBucket;
  /** Euros stacked, or each bucket as 100%. */
  share: boolean;
  cross: CrossFilterControl;
  onToggleSeries: (channel: string) => void;
  /** Empty buckets inside the series (an unpublished year), each with what to say about it. */
  gaps: { bucket: string; label: string }[];
}

/** About one label per this many pixels of axis: ticks never collide, at any width. */
const PX_PER_TICK = 90;

/**
 * The trend as stacked bars. Every series is always rendered, hidden ones with `hide`: removing
 * a Bar and adding it back put it on top of the stack (Recharts registers series as they mount),
 * so hiding and showing a channel reordered the stack.
 */
export function TrendBars({ data, series, hidden, bucket, share, cross, onToggleSeries, gaps }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [width, setWidth] = useState(960);
  const label = (iso: string) => bucketLabel(iso, bucket, i18n);
  const buckets = data.map((row) => String(row.bucket));
  const ticks = regularBucketTicks(buckets, bucket, Math.floor(width / PX_PER_TICK));
  const visible = series.filter((s) => !hidden.has(s.channel));
  const max = Math.max(0, ...data.map((row) => visible.reduce((sum, s) => sum + (Number(row[s.key]) || 0), 0)));
  const yTicks = share ? [0, 0.25, 0.5, 0.75, 1] : niceTicks(max, 5);
  const periodOf = (iso: string) => ({ kind: 'period' as const, ...bucketRange(iso, bucket) });
  const tickOptions: TickOptions = {
    text: label,
    label: (iso) => t('charts.bucketFilter', { bucket: label(iso) }),
    onSelect: (iso) => cross.toggle(periodOf(iso)),
    isActive: (iso) => cross.isActive(periodOf(iso)),
  };
  return (
    <ResponsiveContainer width="100%" height={320} onResize={(w) => setWidth(w)}>
      <BarChart data={data} stackOffset={share ? 'expand' : 'none'} margin={{ top: 16, right: 16, bottom: 8, left: 16 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="bucket" ticks={ticks} interval={0} tick={<ClickableTick options={tickOptions} />} height={32} />
        <YAxis
          tickFormatter={(v: number) => (share ? i18n.percent(v) : i18n.euro(v))}
          ticks={yTicks}
          domain={[0, yTicks[yTicks.length - 1]!]}
          width={80}
          label={{
            value: t(share ? 'charts.axisShare' : 'chart.axisRevenue'),
            angle: -90,
            position: 'insideLeft',
            offset: -4,
            style: { textAnchor: 'middle', fill: '#475569', fontSize: 12 },
          }}
        />
        <Tooltip content={<SeriesTooltip formatLabel={label} withShare={share} />} />
        <Legend
          verticalAlign="bottom"
          onClick={(entry) => {
            const found = series.find((s) => s.key === entry.dataKey);
            if (found) onToggleSeries(found.channel);
          }}
          wrapperStyle={{ cursor: 'pointer' }}
        />
        {gaps.map((gap) => (
          <ReferenceLine
            key={gap.bucket}
            x={gap.bucket}
            stroke="#94a3b8"
            strokeDasharray="4 4"
            label={{ value: gap.label, position: 'insideTop', fill: '#475569', fontSize: 12 }}
          />
        ))}
        {series.map(({ channel, key }, index) => {
          const name = channelLabel(channel, i18n);
          return (
            <Bar
              key={key}
              dataKey={key}
              name={name}
              stackId="revenue"
              fill={channelColor(channel, index)}
              hide={hidden.has(channel)}
              isAnimationActive={false}
              shape={channelSegmentShape({ channel, name, key, label, cross, i18n })}
            />
          );
        })}
      </BarChart>
    </ResponsiveContainer>
  );
}
