import { useI18n } from '../../i18n/i18n-context';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { Filters } from '../../state/filters';
import { DateField } from './DateField';

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
      <DateField
        label={t('filters.from')}
        testId="filter-from"
        value={filters.from}
        min={facets?.firstDate}
        max={filters.to ?? facets?.lastDate}
        onChange={(from) => onChange({ from })}
      />
      <DateField
        label={t('filters.to')}
        testId="filter-to"
        value={filters.to}
        min={filters.from ?? facets?.firstDate}
        max={facets?.lastDate}
        onChange={(to) => onChange({ to })}
      />
    </>
  );
}
