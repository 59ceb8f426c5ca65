import { useI18n } from '../../i18n/i18n-context';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { TargetVersion } from '../../queries/target-versions';
import { DateField } from './DateField';

const AUTO = '';

interface GoalSelectProps {
  /** The chosen goal's last day, or null for the goal that matters as of the period's end. */
  value: string | null;
  versions: TargetVersion[];
  onChange: (goal: string | null) => void;
}

/** Every goal of the dataset, grouped by deadline with its versions: choosing one measures against it. */
export function GoalSelect({ value, versions, onChange }: GoalSelectProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const deadlines = [...new Set(versions.map((v) => v.periodEnd))].sort();
  return (
    <label className="field">
      <span className="field-label">{t('filters.goal')}</span>
      <select data-testid="filter-goal" value={value ?? AUTO} onChange={(e) => onChange(e.target.value === AUTO ? null : e.target.value)}>
        <option value={AUTO}>{t('filters.goalAuto')}</option>
        {value && !deadlines.includes(value) ? <option value={value}>{i18n.date(value)}</option> : null}
        {deadlines.map((end) => {
          const of = versions.filter((v) => v.periodEnd === end);
          const latest = of[of.length - 1]!;
          const history = of.map((v) => t('filters.goalVersion', { amount: i18n.euro(v.targetEur), date: i18n.date(v.setOn) })).join(' → ');
          return (
            <option key={end} value={end} title={history}>
              {t('filters.goalOption', { amount: i18n.euro(latest.targetEur), year: end.slice(0, 4) })}
              {of.length > 1 ? ` (${history})` : ''}
            </option>
          );
        })}
      </select>
    </label>
  );
}

interface AsOfFieldProps {
  value: string | null;
  facets: DatasetFacets | null;
  /** Sets the period's end and measures against the goals as known that day. */
  onChange: (asOf: string | null) => void;
}

/** Replay: the dashboard as it stood on a past date — the data up to that day, the goals known then. */
export function AsOfField({ value, facets, onChange }: AsOfFieldProps) {
  const { t } = useI18n();
  return (
    <DateField
      label={t('filters.asOf')}
      testId="filter-asof"
      title={t('filters.asOfHelp')}
      value={value}
      min={facets?.firstDate}
      max={facets?.lastDate}
      onChange={onChange}
    />
  );
}
