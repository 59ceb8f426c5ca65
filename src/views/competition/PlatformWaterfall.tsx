import { useI18n } from '../../i18n/i18n-context';
import type { PlatformEconomicsRow } from '../../queries/platform-economics';
import { SourceLink } from '../components/SourceLink';
import { WaterfallChart } from '../components/WaterfallChart';
import type { AllianceModel } from './alliance-model';
import { InTurn } from '../components/draw-in-turn';

function basisOf(row: PlatformEconomicsRow): 'recorded' | 'schedule' | 'mixed' | 'none' {
  if (row.rowsRecorded > 0 && row.rowsSchedule > 0) return 'mixed';
  if (row.rowsRecorded > 0) return 'recorded';
  if (row.rowsSchedule > 0) return 'schedule';
  return 'none';
}

/** One retailer's gross → commission → net bridge over its fee-charging platforms, with the reconciliation table. */
export function PlatformWaterfall({ alliance, period }: { alliance: AllianceModel; period: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const w = alliance.waterfall;
  const money = (v: number | null) => (v === null ? '—' : i18n.euro(v));
  return (
    <section
      className="alliance-section"
      data-testid={`waterfall-${alliance.retailer}`}
      data-commission={String(w.commission)}
      aria-label={`${alliance.retailer} — ${t('waterfall.title')}`}
    >
      <h3>{t('waterfall.title')}</h3>
      <p className="card-subtitle">{t('waterfall.sub', { period })}</p>
      {w.steps.length === 0 ? (
        <p className="muted-note">{t('waterfall.none')}</p>
      ) : (
        <InTurn height={240}>
          <WaterfallChart
            steps={w.steps}
            axisLabel={t('waterfall.axis')}
            height={240}
            label={`${alliance.retailer}: ${t('waterfall.title')}`}
            chartId={`platform-waterfall-${alliance.retailer}`}
          />
        </InTurn>
      )}
      {w.freeGross > 0 ? <p className="muted-note">{t('waterfall.free', { amount: i18n.euro(w.freeGross) })}</p> : null}
      <table className="mini-table" tabIndex={0}>
        <thead>
          <tr>
            <th scope="col">{t('waterfall.platform')}</th>
            <th scope="col">{t('chart.net')}</th>
            <th scope="col">{t('waterfall.counted')}</th>
            <th scope="col">{t('waterfall.recorded')}</th>
            <th scope="col">{t('waterfall.scheduled')}</th>
          </tr>
        </thead>
        <tbody>
          {alliance.platforms.map((row) => (
            <tr key={row.platform}>
              <th scope="row">
                {row.platform}
                {row.feeSource && /^https?:\/\//i.test(row.feeSource) ? (
                  <>
                    {' '}
                    <SourceLink source={row.feeSource} label={t('kpi.source')} />
                  </>
                ) : null}
              </th>
              <td>{money(row.net)}</td>
              <td title={t(`waterfall.basis.${basisOf(row)}`)}>
                {money(row.commission)} <span className="muted-note">({t(`waterfall.basis.${basisOf(row)}`)})</span>
              </td>
              <td>{money(row.recorded)}</td>
              <td>{money(row.scheduled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
