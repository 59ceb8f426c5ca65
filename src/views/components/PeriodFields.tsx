import { useI18n } from '../../i18n/i18n-context';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { Filters } from '../../state/filters';

interface PeriodFieldsProps {
  filters: Filters;
  facets: DatasetFacets | null;
  onChange: (patch: Pick<Filters, 'from'> | Pick<Filters, 'to'>) => void;
}

/** The period's first and last day, bounded by the dataset's own dates and by each other. */
export function PeriodFields({ filters, facets, onChange }: PeriodFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <label className="field">
        <span className="field-label">{t('filters.from')}</span>
        <input type="date" data-testid="filter-from" value={filters.from ?? ''} min={facets?.firstDate ?? undefined} max={filters.to ?? facets?.lastDate ?? undefined} onChange={(e) => onChange({ from: e.target.value || null })} />
      </label>
      <label className="field">
        <span className="field-label">{t('filters.to')}</span>
        <input type="date" data-testid="filter-to" value={filters.to ?? ''} min={filters.from ?? facets?.firstDate ?? undefined} max={facets?.lastDate ?? undefined} onChange={(e) => onChange({ to: e.target.value || null })} />
      </label>
    </>
  );
}
