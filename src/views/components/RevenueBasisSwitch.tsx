import { useI18n } from '../../i18n/i18n-context';
import type { RevenueBasis } from '../../state/filters';

/** Gross or net of platform commission: what "revenue" means in the KPIs and the competition view. */
export function RevenueBasisSwitch({ value, onChange }: { value: RevenueBasis; onChange: (basis: RevenueBasis) => void }) {
  const { t } = useI18n();
  return (
    <label className="field" title={t('basis.help')}>
      <span className="field-label">{t('basis.label')}</span>
      <select data-testid="filter-basis" value={value} onChange={(e) => onChange(e.target.value as RevenueBasis)}>
        <option value="gross">{t('basis.gross')}</option>
        <option value="net">{t('basis.net')}</option>
      </select>
    </label>
  );
}
