import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import type { PlatformEconomics } from '../../queries/commission-by-platform';
import { ChartCard } from '../components/ChartCard';
import { euroTooltip } from '../components/chart-format';
import { channelLabel } from '../components/channel-style';

interface Props {
  state: QueryState<PlatformEconomics[]>;
  period: string;
  footer: React.ReactNode;
}

/** Each platform's gross revenue as a bar split into net revenue and the commission it costs. */
export function CommissionChart({ state, period, footer }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = (state.data ?? []).map((row) => ({
    ...row,
    label: row.platform,
    netShown: row.net ?? 0,
    commissionShown: row.commission ?? 0,
    unknown: row.commission === null ? row.gross : 0,
  }));
  const anyUnknown = rows.some((row) => row.commission === null);
  return (
    <ChartCard
      testId="chart-commission"
      title={t('chart.commission')}
      subtitle={t('chart.commissionSub', { period })}
      status={state.status}
      error={state.error}
      empty={rows.length === 0}
      footer={footer}
      exportData={{
        columns: ['platform', 'channel', 'gross_eur', 'commission_eur', 'net_eur', 'rate'],
        rows: (state.data ?? []).map((r) => [r.platform, r.channel, r.gross, r.commission, r.net, r.rate]),
      }}
    >
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 72)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => i18n.euro(v)} />
          <YAxis type="category" dataKey="label" width={150} />
          <Tooltip formatter={euroTooltip(i18n)} />
          <Legend verticalAlign="bottom" height={28} />
          <Bar dataKey="netShown" name={t('chart.net')} stackId="gross" fill="#2563eb" isAnimationActive={false} />
          <Bar dataKey="commissionShown" name={t('chart.commissionPaid')} stackId="gross" fill="#dc2626" isAnimationActive={false} />
          {anyUnknown ? <Bar dataKey="unknown" name={t('chart.grossNoCommission')} stackId="gross" fill="#cbd5e1" isAnimationActive={false} /> : null}
        </BarChart>
      </ResponsiveContainer>
      <table className="mini-table no-print" tabIndex={0}>
        <thead>
          <tr>
            <th scope="col">{t('filters.channel')}</th>
            <th scope="col">{t('chart.platform')}</th>
            <th scope="col">{t('chart.net')}</th>
            <th scope="col">{t('chart.commissionPaid')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.platform}-${row.channel}`}>
              <td>{channelLabel(row.channel, i18n)}</td>
              <th scope="row">{row.platform}</th>
              <td>{row.net === null ? '—' : i18n.euro(row.net)}</td>
              <td>{row.commission === null ? t('chart.grossNoCommission') : `${i18n.euro(row.commission)} (${t('chart.rate', { rate: i18n.percent(row.rate ?? 0) })})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
}
