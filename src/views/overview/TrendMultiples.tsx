import { useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { UNMEASURED_TICK } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import { useStableValue } from '../../hooks/use-stable';
import { useI18n } from '../../i18n/i18n-context';
import type { CrossFilterControl } from '../../state/cross-filter';
import type { TimeBucket } from '../../state/filters';
import { niceTicks, regularBucketTicks } from '../components/axis-ticks';
import { bucketLabel } from '../components/chart-format';
import { channelColor, channelLabel } from '../components/channel-style';
import { SeriesTooltip } from '../components/SeriesTooltip';
import { channelSegmentShape } from './channel-segment';
import type { ChannelSeries } from './pivot-channels';
import { seriesId } from '../components/series-id';

interface Props {
  data: Record<string, number | string>[];
  series: ChannelSeries[];
  hidden: ReadonlySet<string>;
  bucket: TimeBucket;
  cross: CrossFilterControl;
}

const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };

/**
 * One small chart per channel, each at its own scale: voice (about 1% of revenue) is a sliver in
 * the stack but has a shape of its own here. The same axis of buckets under each, so the charts
 * line up; a click on a bar filters the page by that channel, as in the stacked chart.
 */
export function TrendMultiples({ data, series, hidden, bucket, cross }: Props) {
  const i18n = useI18n();
  const label = useCallback((iso: string) => bucketLabel(iso, bucket, i18n), [bucket, i18n]);
  const ticks = useStableValue(
    regularBucketTicks(
      data.map((row) => String(row.bucket)),
      bucket,
      4,
    ),
  );
  return (
    <div className="trend-multiples" data-testid="trend-multiples">
      {series
        .filter((s) => !hidden.has(s.channel))
        .map(({ channel, key }, index) => (
          <TrendMultiple
            key={key}
            data={data}
            channel={channel}
            seriesKey={key}
            color={channelColor(channel, index)}
            ticks={ticks}
            label={label}
            cross={cross}
          />
        ))}
    </div>
  );
}

interface MultipleProps {
  data: Record<string, number | string>[];
  channel: string;
  seriesKey: string;
  color: string;
  ticks: string[];
  label: (iso: string) => string;
  cross: CrossFilterControl;
}

/** One channel's small chart. Its Recharts props keep their identity while their content is the same (use-chart-props.ts). */
function TrendMultiple({ data, channel, seriesKey, color, ticks, label, cross }: MultipleProps) {
  const i18n = useI18n();
  const name = channelLabel(channel, i18n);
  const values = data.map((row) => Number(row[seriesKey]) || 0);
  const total = values.reduce((a, b) => a + b, 0);
  const yTicks = useStableValue(niceTicks(Math.max(0, ...values), 3));
  const yDomain = useStableValue([0, yTicks[yTicks.length - 1]!]);
  const tooltip = useMemo(() => <SeriesTooltip formatLabel={label} />, [label]);
  const { activeKey } = cross;
  // `activeKey` stands for what `cross.isActive` answers; its toggles read the page's latest state.
  const shape = useMemo(
    () => channelSegmentShape({ channel, name, key: seriesKey, label, cross, i18n }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [channel, name, seriesKey, label, i18n, activeKey],
  );
  return (
    <figure className="trend-multiple" data-testid={`trend-multiple-${channel}`}>
      <figcaption>
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        {i18n.t('charts.tooltipItem', { name, value: i18n.euro(total) })}
      </figcaption>
      <ResponsiveContainer width="100%" height={160}>
        <BarChart data={data} margin={MARGIN}>
          <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
          <XAxis dataKey="bucket" ticks={ticks} interval={0} tickFormatter={label} fontSize={11} />
          <YAxis ticks={yTicks} interval={0} domain={yDomain} tickFormatter={i18n.euro} tick={UNMEASURED_TICK} width={64} fontSize={11} />
          <ChartTooltip content={tooltip} />
          <Bar id={seriesId('trend-multiple', seriesKey)} dataKey={seriesKey} name={name} fill={color} isAnimationActive={false} shape={shape} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
