import { feeInForce, type FeeSchedule } from '../../analytics/platform-fees';
import { useI18n } from '../../i18n/i18n-context';
import { ChartCard } from '../components/ChartCard';
import { euroCents } from '../components/chart-format';
import { SourceLink } from '../components/SourceLink';

interface Props {
  schedules: FeeSchedule[];
  /** The end of the chosen period: the row in force that day is marked. */
  asOf: string | null;
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
}

/** The platforms' fee schedules with effective dates, and how they relate to recorded commissions. */
export function FeeSchedulesTable({ schedules, asOf, status, error }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ChartCard
      testId="fee-schedules"
      title={t('fees.title')}
      subtitle={t('fees.sub')}
      status={status}
      error={error}
      empty={schedules.length === 0}
      footer={<span>{t('fees.policy')}</span>}
      exportData={{
        columns: ['platform', 'valid_from', 'valid_to', 'rate_pct', 'fixed_eur_per_order', 'label', 'source'],
        rows: schedules.map((f) => [f.platform, f.validFrom, f.validTo, f.ratePct, f.fixedEurPerOrder, f.label, f.source]),
      }}
    >
      <table className="mini-table fee-table" tabIndex={0}>
        <thead>
          <tr>
            <th scope="col">{t('fees.platform')}</th>
            <th scope="col">{t('fees.from')}</th>
            <th scope="col">{t('fees.to')}</th>
            <th scope="col">{t('fees.rate')}</th>
            <th scope="col">{t('fees.fixed')}</th>
            <th scope="col">{t('fees.label')}</th>
          </tr>
        </thead>
        <tbody>
          {schedules.map((f) => {
            const current = asOf !== null && feeInForce(schedules, f.platform, asOf) === f;
            return (
              <tr key={`${f.platform}|${f.validFrom}|${f.ratePct}|${f.fixedEurPerOrder}`} data-testid={`fee-${f.platform}`}>
                <th scope="row">
                  {f.platform}
                  {current && asOf ? <span className="badge badge-current">{t('fees.inForce', { date: i18n.date(asOf) })}</span> : null}
                </th>
                <td>{i18n.date(f.validFrom)}</td>
                <td>{f.validTo ? i18n.date(f.validTo) : t('fees.open')}</td>
                <td>{i18n.percent(f.ratePct / 100)}</td>
                <td>{f.fixedEurPerOrder === 0 ? '—' : euroCents(f.fixedEurPerOrder, i18n)}</td>
                <td className="fee-terms">
                  {i18n.dataText(f.label)} {f.source ? <SourceLink source={f.source} /> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ChartCard>
  );
}
