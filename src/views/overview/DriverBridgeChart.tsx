import './driver-bridge.css';
import { bridgeSteps, driverBridge } from '../../analytics/revenue-drivers';
import type { QueryState } from '../../hooks/use-named-query';
import { useI18n } from '../../i18n/i18n-context';
import type { RevenueDriversData } from '../../queries/revenue-drivers';
import type { RevenueBasis } from '../../state/filters';
import { ChartCard } from '../components/ChartCard';
import { euroCents } from '../components/chart-format';
import { channelLabel } from '../components/channel-style';
import { WaterfallChart } from '../components/WaterfallChart';

interface Props {
  state: QueryState<RevenueDriversData>;
  basis: RevenueBasis;
}

/**
 * Revenue = orders × average basket, per channel: the bridge from the same period a year earlier
 * to the actual (the KPIs' window), then on to the target when there is one.
 */
export function DriverBridgeChart({ state, basis }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = state.data;
  const bridge = data ? driverBridge(data.channels, data.target) : null;
  const period = data?.windowStart && data.windowEnd ? i18n.period(data.windowStart, data.windowEnd) : '';
  const previous = data?.previousStart && data.previousEnd ? i18n.period(data.previousStart, data.previousEnd) : '';
  const label = (channel: string) => channelLabel(channel, i18n);
  const steps = bridge
    ? bridgeSteps(bridge, {
        before: t('drivers.before', { period: previous }),
        actual: t('drivers.actual', { period }),
        target: t('drivers.target'),
        gap: t(bridge.gap !== null && bridge.gap < 0 ? 'drivers.gapAhead' : 'drivers.gapBehind'),
        orders: (c) => t('drivers.orders', { channel: label(c) }),
        basket: (c) => t('drivers.basket', { channel: label(c) }),
        unexplained: (c) => t('drivers.unexplained', { channel: label(c) }),
      })
    : [];
  const signed = (v: number) => `${v >= 0 ? '+' : '−'}${i18n.euro(Math.abs(v))}`;
  const money = (v: number | null) => (v === null ? '—' : i18n.euro(v));
  const count = (v: number | null) => (v === null ? '—' : i18n.count(v));
  const basket = (v: number | null) => (v === null ? '—' : euroCents(v, i18n));
  const noOrders = bridge?.noOrders ?? false;
  return (
    <ChartCard
      testId="chart-revenue-drivers"
      title={t('drivers.title')}
      subtitle={t('drivers.sub', { period, previous, basis: t(basis === 'net' ? 'competition.basisNet' : 'competition.basisGross') })}
      status={state.status}
      error={state.error}
      empty={!bridge || bridge.channels.length === 0}
      footer={<span>{t('drivers.method')}</span>}
      exportData={{ columns: ['step', 'kind', 'value_eur'], rows: steps.map((s) => [s.label, s.kind, s.value]) }}
    >
      {noOrders ? (
        <div className="panel-message" data-testid="drivers-no-orders">
          {t('drivers.noOrders')}
          {bridge?.noEarlier ? ` ${t('drivers.noEarlier', { previous })}` : ''}
        </div>
      ) : bridge?.noEarlier ? (
        // An upload with no earlier year: a €0 → €20.8m "bridge" would be all noise.
        <div className="panel-message" data-testid="drivers-no-earlier">
          {t('drivers.noEarlier', { previous })}
        </div>
      ) : bridge ? (
        <div
          data-testid="drivers-bridge"
          data-orders-effect={String(bridge.ordersEffect)}
          data-basket-effect={String(bridge.basketEffect)}
          data-change={String(bridge.change)}
        >
          <WaterfallChart
            steps={steps}
            colorOf={(s) => (s.key === 'target' ? '#0f172a' : s.key === 'gap' ? '#d97706' : undefined)}
            axisLabel={t('chart.axisRevenue')}
            label={t('drivers.title')}
            chartId="driver-bridge"
          />
          <p className="driver-summary">{t('drivers.summary', { previous, orders: signed(bridge.ordersEffect), basket: signed(bridge.basketEffect) })}</p>
          {bridge.toClose ? (
            <p className="driver-summary" data-testid="drivers-to-close">
              {t('drivers.toClose', {
                gap: i18n.euro(bridge.toClose.gap),
                orders: i18n.count(bridge.toClose.extraOrders),
                ordersShare: i18n.percent(bridge.toClose.extraOrdersShare),
                basket: basket(bridge.toClose.basketNeeded),
                basketRise: i18n.percent(bridge.toClose.basketRise),
              })}
            </p>
          ) : null}
          <table className="mini-table" tabIndex={0}>
            <thead>
              <tr>
                <th scope="col">{t('drivers.channel')}</th>
                <th scope="col">{t('drivers.ordersBefore')}</th>
                <th scope="col">{t('drivers.ordersNow')}</th>
                <th scope="col">{t('drivers.basketBefore')}</th>
                <th scope="col">{t('drivers.basketNow')}</th>
                <th scope="col">{t('drivers.ordersEffect')}</th>
                <th scope="col">{t('drivers.basketEffect')}</th>
                <th scope="col">{t('drivers.change')}</th>
              </tr>
            </thead>
            <tbody>
              {bridge.channels.map((c) => (
                <tr key={c.channel}>
                  <th scope="row">{label(c.channel)}</th>
                  <td>{count(c.orders0)}</td>
                  <td>{count(c.orders1)}</td>
                  <td>{basket(c.basket0)}</td>
                  <td>{basket(c.basket1)}</td>
                  <td>{c.ordersEffect === null ? '—' : signed(c.ordersEffect)}</td>
                  <td>{c.basketEffect === null ? '—' : signed(c.basketEffect)}</td>
                  <td>{signed(c.change)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  {money(bridge.revenue0)} → {money(bridge.revenue1)}
                </th>
                <td colSpan={4} />
                <td>{signed(bridge.ordersEffect)}</td>
                <td>{signed(bridge.basketEffect)}</td>
                <td>{signed(bridge.change)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
    </ChartCard>
  );
}
