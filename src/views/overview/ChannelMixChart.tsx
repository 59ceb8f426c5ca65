import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import type { ChannelShare } from '../../queries/channel-mix';
import type { CrossFilterControl } from '../../state/cross-filter';
import { ChartCard } from '../components/ChartCard';
import { clickableBarShape } from '../components/chart-marks';
import { channelColor, channelLabel } from '../components/channel-style';

interface Props {
  state: QueryState<ChannelShare[]>;
  period: string;
  footer: React.ReactNode;
  /** A click on a channel's bar filters the page by it. */
  cross: CrossFilterControl;
}

/** Shares as horizontal bars with their percentage and amount: easier to compare than a pie. */
export function ChannelMixChart({ state, period, footer, cross }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = (state.data ?? []).map((row, index) => ({ ...row, label: channelLabel(row.channel, i18n), color: channelColor(row.channel, index) }));
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
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 56 + 48)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 120, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => i18n.percent(v)} />
          <YAxis type="category" dataKey="label" width={170} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? i18n.percent(value) : String(value))} />
          <Bar
            dataKey="share"
            name={t('chart.axisShare')}
            isAnimationActive={false}
            shape={clickableBarShape({
              label: (row) => t('charts.channelFilter', { channel: String(row.label) }),
              onSelect: (row) => cross.toggle({ kind: 'channel', channel: String(row.channel) }),
              isActive: (row) => cross.isActive({ kind: 'channel', channel: String(row.channel) }),
            })}
          >
            {rows.map((row) => (
              <Cell key={row.channel} fill={row.color} />
            ))}
            <LabelList
              dataKey="share"
              position="right"
              formatter={(value: unknown) => (typeof value === 'number' ? i18n.percent(value) : '')}
              style={{ fill: '#0f172a', fontSize: 12 }}
            />
          </Bar>
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
