import { feeInForce, type FeeSchedule } from '../../analytics/platform-fees';
import { useI18n } from '../../i18n/i18n-context';
import { ChartCard } from '../components/ChartCard';
import { euroCents } from '../components/chart-format';
import { SourceLink } from '../components/SourceLink';

/** The table's columns, in order: their headings, and the name each cell shows beside its figure on a phone. */
const COLUMNS = ['fees.platform', 'fees.from', 'fees.to', 'fees.rate', 'fees.fixed', 'fees.label'] as const;

interface Props {
  schedules: FeeSchedule[];
  /** The end of the chosen period: the row in force that day is marked. */
  asOf: string | null;
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
}

/**
 * The platforms' fee schedules with effective dates, and how they relate to recorded commissions.
 * On a phone each row reads as a block of its own (small-screens.css): six columns scrolled
 * sideways out of the card, rate and terms out of sight. Each cell names its column
 * (`data-label`) for that layout, and the explicit roles keep the table a table for screen readers
 * once its rows are laid out as blocks.
 */
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
      <table className="mini-table fee-table" tabIndex={0} role="table">
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" role="columnheader">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {schedules.map((f) => {
            const current = asOf !== null && feeInForce(schedules, f.platform, asOf) === f;
            return (
              <tr key={`${f.platform}|${f.validFrom}|${f.ratePct}|${f.fixedEurPerOrder}`} data-testid={`fee-${f.platform}`} role="row">
                <th scope="row" role="rowheader">
                  {f.platform}
                  {current && asOf ? <span className="badge badge-current">{t('fees.inForce', { date: i18n.date(asOf) })}</span> : null}
                </th>
                <td role="cell" data-label={t('fees.from')}>
                  {i18n.date(f.validFrom)}
                </td>
                <td role="cell" data-label={t('fees.to')}>
                  {f.validTo ? i18n.date(f.validTo) : t('fees.open')}
                </td>
                <td role="cell" data-label={t('fees.rate')}>
                  {i18n.percent(f.ratePct / 100)}
                </td>
                <td role="cell" data-label={t('fees.fixed')}>
                  {f.fixedEurPerOrder === 0 ? '—' : euroCents(f.fixedEurPerOrder, i18n)}
                </td>
                <td className="fee-terms" role="cell" data-label={t('fees.label')}>
                  {/* One element: on a phone the cell is a grid of its column's name and this. */}
                  <span>
                    {i18n.dataText(f.label)} {f.source ? <SourceLink source={f.source} /> : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ChartCard>
  );
}
