import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import type { CrossFilterControl } from '../../state/cross-filter';
import type { TimeBucket } from '../../state/filters';
import { niceTicks, regularBucketTicks } from '../components/axis-ticks';
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
  const { t } = i18n;
  const label = (iso: string) => bucketLabel(iso, bucket, i18n);
  const ticks = regularBucketTicks(
    data.map((row) => String(row.bucket)),
    bucket,
    4,
  );
  return (
    <div className="trend-multiples" data-testid="trend-multiples">
      {series
        .filter((s) => !hidden.has(s.channel))
        .map(({ channel, key }, index) => {
          const name = channelLabel(channel, i18n);
          const values = data.map((row) => Number(row[key]) || 0);
          const total = values.reduce((a, b) => a + b, 0);
          const yTicks = niceTicks(Math.max(0, ...values), 3);
          return (
            <figure key={key} className="trend-multiple" data-testid={`trend-multiple-${channel}`}>
              <figcaption>
                <span className="swatch" style={{ background: channelColor(channel, index) }} aria-hidden="true" />
                {t('charts.tooltipItem', { name, value: i18n.euro(total) })}
              </figcaption>
              <ResponsiveContainer width="100%" height={160}>
                <BarChart data={data} margin={MARGIN}>
                  <CartesianGrid stroke="#e2e8f0" vertical={false} />
                  <XAxis dataKey="bucket" ticks={ticks} interval={0} tickFormatter={label} fontSize={11} />
                  <YAxis ticks={yTicks} domain={[0, yTicks[yTicks.length - 1]!]} tickFormatter={i18n.euro} width={64} fontSize={11} />
                  <Tooltip content={<SeriesTooltip formatLabel={label} />} />
                  <Bar
                    dataKey={key}
                    name={name}
                    fill={channelColor(channel, index)}
                    isAnimationActive={false}
                    shape={channelSegmentShape({ channel, name, key, label, cross, i18n })}
                  />
                </BarChart>
              </ResponsiveContainer>
            </figure>
          );
        })}
    </div>
  );
}
