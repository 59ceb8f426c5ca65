import type { UploadedDataset } from '../../hooks/uploads-context';
import { useI18n } from '../../i18n/i18n-context';

interface DatasetListProps {
  datasets: UploadedDataset[];
  onOpen: (dataset: UploadedDataset) => void;
  onDelete: (dataset: UploadedDataset) => void;
}

/** The uploaded datasets this browser keeps, with their counts; open one or delete it. */
export function DatasetList({ datasets, onOpen, onDelete }: DatasetListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (datasets.length === 0) return <p className="muted">{t('data.datasetsEmpty')}</p>;
  return (
    <ul className="dataset-list" data-testid="dataset-list">
      {datasets.map((d) => (
        <li key={d.id} data-testid="stored-dataset" data-dataset-id={d.id}>
          <div>
            <strong>{d.name}</strong> <code className="muted">{d.id}</code>
            <div className="muted">
              {t('data.datasetRows', {
                sales: i18n.count(d.details.rowCounts.sales),
                targets: i18n.count(d.details.rowCounts.targets),
                fees: i18n.count(d.details.rowCounts.platform_fees),
              })}{' '}
              · {t('data.updated', { date: i18n.date(d.updatedAt.slice(0, 10)) })}
            </div>
          </div>
          <div className="dataset-actions">
            <button type="button" onClick={() => onOpen(d)}>
              {t('data.open')}
            </button>
            <button type="button" className="button-secondary" onClick={() => onDelete(d)}>
              {t('data.delete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
