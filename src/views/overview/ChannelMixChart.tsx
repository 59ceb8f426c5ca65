import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { VERTICAL_LINES_ONLY } from '../components/chart-grid';
import { SeriesInTurn } from '../components/draw-in-turn';
import { UNMEASURED_TICK, ValueLabel } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import type { ChannelShare } from '../../queries/channel-mix';
import type { CrossFilterControl } from '../../state/cross-filter';
import { ChartCard } from '../components/ChartCard';
import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable';
import { useNarrowScreen } from '../../hooks/use-narrow-screen';
import { SHARE_TICKS } from '../components/axis-ticks';
import { rowChartSize, type RowLayout } from '../components/row-slots';
import { useMarkShape, useNumberLabel, VALUE_LABEL_STYLE } from '../components/use-chart-props';
import { channelColor, channelLabel } from '../components/channel-style';
import { seriesId } from '../components/series-id';

interface Props {
  state: QueryState<ChannelShare[]>;
  period: string;
  footer: React.ReactNode;
  /** A click on a channel's bar filters the page by it. */
  cross: CrossFilterControl;
  /** Rows to keep room for: the dataset's channels (see components/row-slots.ts). */
  rowSlots: number;
}

const MARGIN = { top: 8, right: 120, bottom: 8, left: 8 };
/** On a phone the bars need the width more than the percentage beside them needs 120 px. */
const NARROW_MARGIN = { top: 8, right: 48, bottom: 8, left: 8 };
const SHARE_DOMAIN = [0, 1];
/**
 * The share axis' ticks (SHARE_TICKS), all drawn (interval 0): left to Recharts, it measures
 * each label in a hidden span to choose which to draw. On a phone, only the axis' ends.
 */
const SHARE_ENDS = [0, 1];
const ROWS: RowLayout = { rowHeight: 56, chrome: 48, min: 140 };

/** Shares as horizontal bars with their percentage and amount: easier to compare than a pie. */
export function ChannelMixChart({ state, period, footer, cross, rowSlots }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const narrow = useNarrowScreen();
  const rows = (state.data ?? []).map((row, index) => ({ ...row, label: channelLabel(row.channel, i18n), color: channelColor(row.channel, index) }));
  const size = rowChartSize(rows.length, rowSlots, ROWS);
  // Recharts' props keep their identity while their content is the same (components/use-chart-props.ts).
  const colors = useStableValue(rows.map((row) => [row.channel, row.color]));
  const shareLabel = useNumberLabel(i18n.percent);
  // A Bar's children are among its props: made anew, they would register the bar again.
  const barMarks = useMemo(
    () => (
      <>
        {colors.map(([channel, color]) => (
          <Cell key={channel} fill={color} />
        ))}
        <LabelList dataKey="share" position="right" formatter={shareLabel} style={VALUE_LABEL_STYLE} content={ValueLabel} />
      </>
    ),
    [colors, shareLabel],
  );
  const tooltipValue = useMemo(() => (value: unknown) => (typeof value === 'number' ? i18n.percent(value) : String(value)), [i18n]);
  const shape = useMarkShape(
    cross,
    (row) => ({ kind: 'channel', channel: String(row.channel) }),
    (row) => t('charts.channelFilter', { channel: String(row.label) }),
    i18n.locale,
  );
  return (
    <ChartCard
      testId="chart-channel-mix"
      title={t('chart.channelMix')}
      subtitle={t('chart.channelMixSub', { period })}
      status={state.status}
      error={state.error}
      empty={rows.length === 0}
      footer={footer}
      exportData={{ columns: ['channel', 'revenue_eur', 'share'], rows: rows.map((r) => [r.channel, r.revenue, r.share]) }}
    >
      <ResponsiveContainer width="100%" height={size.height}>
        <BarChart data={rows} layout="vertical" margin={narrow ? NARROW_MARGIN : MARGIN} maxBarSize={size.maxBarSize}>
          <CartesianGrid stroke="#e2e8f0" {...VERTICAL_LINES_ONLY} />
          <XAxis
            type="number"
            domain={SHARE_DOMAIN}
            ticks={narrow ? SHARE_ENDS : SHARE_TICKS}
            interval={0}
            tickFormatter={i18n.percent}
            tick={UNMEASURED_TICK}
          />
          <YAxis type="category" dataKey="label" width={170} interval={0} />
          <ChartTooltip formatter={tooltipValue} />
          <SeriesInTurn>
            <Bar id={seriesId('channel-mix', 'share')} dataKey="share" name={t('chart.axisShare')} isAnimationActive={false} shape={shape}>
              {barMarks}
            </Bar>
          </SeriesInTurn>
        </BarChart>
      </ResponsiveContainer>
      <table className="mini-table no-print" tabIndex={0}>
        <tbody>
          {rows.map((row) => (
            <tr key={row.channel}>
              <th scope="row">
                <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                {row.label}
              </th>
              <td>{i18n.euro(row.revenue)}</td>
              <td>{i18n.percent(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
