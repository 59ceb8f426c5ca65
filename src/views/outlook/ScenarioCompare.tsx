import type { ScenarioResult } from '../../analytics/scenario';
import { useI18n } from '../../i18n/i18n-context';
import type { Scenario } from '../../model/scenario';
import type { RevenueBasis } from '../../state/filters';
import { leverSummary } from './lever-summary';

export interface CompareColumn {
  key: string;
  title: string;
  scenario: Scenario;
  result: ScenarioResult;
  /** Saved scenarios can be put back on the sliders or deleted. */
  saved: boolean;
}

interface ScenarioCompareProps {
  columns: CompareColumn[];
  /** The projections' basis: the row after them gives the other one (net of commission, or before it). */
  basis: RevenueBasis;
  onApply: (scenario: Scenario) => void;
  onDelete: (name: string) => void;
}

/** Scenarios side by side: what each moves, and where each lands at the deadline. */
export function ScenarioCompare({ columns, basis, onApply, onDelete }: ScenarioCompareProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows: { label: string; cell: (c: CompareColumn) => string }[] = [
    { label: t('scenario.rowLevers'), cell: (c) => leverSummary(c.scenario, i18n) },
    { label: t('scenario.rowProjection'), cell: (c) => i18n.euro(c.result.projection) },
    { label: t('scenario.rowAttainment'), cell: (c) => i18n.percent(c.result.pacing.projectedAttainment) },
    { label: t('scenario.rowStatus'), cell: (c) => t(`pacing.status.${c.result.pacing.status}`) },
    basis === 'net'
      ? { label: t('scenario.rowGross'), cell: (c) => i18n.euro(c.result.grossProjection) }
      : { label: t('scenario.rowNet'), cell: (c) => i18n.euro(c.result.netProjection) },
    {
      label: t('scenario.rowModel'),
      cell: (c) => (c.result.model ? `${i18n.euro(c.result.model.projection)} (${i18n.euro(c.result.model.lower)} – ${i18n.euro(c.result.model.upper)})` : '—'),
    },
    { label: t('scenario.rowReached'), cell: (c) => (c.result.pacing.reachedOn ? i18n.date(c.result.pacing.reachedOn) : t('scenario.notReached')) },
  ];
  return (
    <div className="scenario-compare">
      <table className="mini-table compare-table" tabIndex={0} data-testid="scenario-compare">
        <caption>{t('scenario.compareTitle')}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.key} scope="col" data-testid={c.saved ? 'scenario-saved' : undefined} data-name={c.saved ? c.title : undefined}>
                <span className="compare-name">{c.title}</span>
                {c.saved ? (
                  <span className="compare-actions no-print">
                    <button type="button" className="button-small" onClick={() => onApply(c.scenario)} aria-label={t('scenario.applyNamed', { name: c.title })}>
                      {t('scenario.apply')}
                    </button>
                    <button type="button" className="button-small" onClick={() => onDelete(c.title)} aria-label={t('scenario.deleteNamed', { name: c.title })}>
                      {t('scenario.delete')}
                    </button>
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => (
                <td key={c.key}>{row.cell(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
