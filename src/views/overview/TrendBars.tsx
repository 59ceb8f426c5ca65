import { useCallback, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { SeriesInTurn } from '../components/draw-in-turn';
import { UNMEASURED_TICK } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import { useI18n, type I18n } from '../../i18n/i18n-context';
import { useLatestCallback, useStableValue } from '../../hooks/use-stable';
import { bucketRange, type CrossFilterControl } from '../../state/cross-filter';
import type { TimeBucket } from '../../state/filters';
import { niceTicks, regularBucketTicks, SHARE_TICKS } from '../components/axis-ticks';
import { ClickableTick, type TickOptions } from '../components/chart-marks';
import { bucketLabel } from '../components/chart-format';
import { channelColor, channelLabel } from '../components/channel-style';
import { SeriesTooltip } from '../components/SeriesTooltip';
import { useAxisTitle } from '../components/use-chart-props';
import { channelSegmentShape } from './channel-segment';
import type { ChannelSeries } from './pivot-channels';
import { seriesId } from '../components/series-id';

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
const MARGIN = { top: 16, right: 16, bottom: 8, left: 16 };
const LEGEND_STYLE = { cursor: 'pointer' };

/**
 * The trend as stacked bars. Every series is always rendered, hidden ones with `hide`: removing
 * a Bar and adding it back put it on top of the stack (Recharts registers series as they mount),
 * so hiding and showing a channel reordered the stack.
 *
 * Every prop handed to Recharts keeps its identity while its content is the same (see
 * docs/performance.md, "Recharts props"): a filter change then changes only the data, and
 * Recharts draws it in one pass instead of re-registering its axes, bars and legend first.
 */
export function TrendBars({ data, series: seriesNow, hidden, bucket, share, cross, onToggleSeries, gaps: gapsNow }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [width, setWidth] = useState(960);
  const series = useStableValue(seriesNow);
  const gaps = useStableValue(gapsNow);
  const label = useCallback((iso: string) => bucketLabel(iso, bucket, i18n), [bucket, i18n]);
  const ticks = useStableValue(
    regularBucketTicks(
      data.map((row) => String(row.bucket)),
      bucket,
      Math.floor(width / PX_PER_TICK),
    ),
  );
  const visible = series.filter((s) => !hidden.has(s.channel));
  const max = Math.max(0, ...data.map((row) => visible.reduce((sum, s) => sum + (Number(row[s.key]) || 0), 0)));
  const yTicks = useStableValue(share ? SHARE_TICKS : niceTicks(max, 5));
  const yDomain = useStableValue([0, yTicks[yTicks.length - 1]!]);
  const { activeKey } = cross;
  // `activeKey` stands for what `cross.isActive` answers; its toggles read the page's latest state.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const tick = useMemo(() => <ClickableTick options={periodTickOptions(label, bucket, i18n, cross)} />, [label, bucket, i18n, activeKey]);
  const yLabel = useAxisTitle(t(share ? 'charts.axisShare' : 'chart.axisRevenue'));
  const tooltip = useMemo(() => <SeriesTooltip formatLabel={label} withShare={share} />, [label, share]);
  const onLegendClick = useLatestCallback((entry: { dataKey?: unknown }) => {
    const found = series.find((s) => s.key === entry.dataKey);
    if (found) onToggleSeries(found.channel);
  });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as for `tick`
  const bars = useMemo(() => seriesBars(series, label, i18n, cross), [series, label, i18n, activeKey]);
  const gapLabels = useMemo(() => gaps.map((gap) => ({ value: gap.label, position: 'insideTop' as const, fill: '#475569', fontSize: 12 })), [gaps]);
  return (
    <ResponsiveContainer width="100%" height={320} onResize={(w) => setWidth(w)}>
      <BarChart data={data} stackOffset={share ? 'expand' : 'none'} margin={MARGIN}>
        <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
        <XAxis dataKey="bucket" ticks={ticks} interval={0} tick={tick} height={32} />
        <YAxis tickFormatter={share ? i18n.percent : i18n.euro} tick={UNMEASURED_TICK} ticks={yTicks} interval={0} domain={yDomain} width={80} label={yLabel} />
        <ChartTooltip content={tooltip} />
        <Legend verticalAlign="bottom" onClick={onLegendClick} wrapperStyle={LEGEND_STYLE} />
        <SeriesInTurn>
          {gaps.map((gap, index) => (
            <ReferenceLine key={gap.bucket} x={gap.bucket} stroke="#94a3b8" strokeDasharray="4 4" label={gapLabels[index]} />
          ))}
          {bars.map(({ channel, key, name, shape }, index) => (
            <Bar
              key={key}
              id={seriesId('trend', key)}
              dataKey={key}
              name={name}
              stackId="revenue"
              fill={channelColor(channel, index)}
              hide={hidden.has(channel)}
              isAnimationActive={false}
              shape={shape}
            />
          ))}
        </SeriesInTurn>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** A date tick is a button: it narrows the page to its bucket (and is pressed while it does). */
function periodTickOptions(label: (iso: string) => string, bucket: TimeBucket, i18n: I18n, cross: CrossFilterControl): TickOptions {
  const periodOf = (iso: string) => ({ kind: 'period' as const, ...bucketRange(iso, bucket) });
  return {
    text: label,
    label: (iso) => i18n.t('charts.bucketFilter', { bucket: label(iso) }),
    onSelect: (iso) => cross.toggle(periodOf(iso)),
    isActive: (iso) => cross.isActive(periodOf(iso)),
  };
}

/** Each series' name and bar shape (a button per segment, channel-segment.ts). */
function seriesBars(series: ChannelSeries[], label: (iso: string) => string, i18n: I18n, cross: CrossFilterControl) {
  return series.map(({ channel, key }) => {
    const name = channelLabel(channel, i18n);
    return { channel, key, name, shape: channelSegmentShape({ channel, name, key, label, cross, i18n }) };
  });
}
