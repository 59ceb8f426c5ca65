import type { UploadedDataset } from '../../hooks/uploads-context';
import { useI18n } from '../../i18n/i18n-context';
import { BUNDLED_DATASET_IDS, isBundledDatasetId, isClickHouseDatasetId, isEmbeddedDatasetId, isRemoteDatasetId } from '../../model/dataset';
import type { ClusterLink } from '../../state/app-state';

interface DatasetSelectProps {
  value: string;
  /** The web address the link loads data from, to name that dataset. */
  source?: string | null;
  /** The ClickHouse cluster the link's data is summed on, to name that dataset. */
  cluster?: ClusterLink | null;
  /** The datasets uploaded in this browser (none at build time, when the first paint is rendered). */
  uploaded: readonly UploadedDataset[];
  /** `retailers` is null for bundled datasets (their retailer is Carrefour). */
  onChange: (dataset: string, retailers: string[] | null) => void;
}

/** Bundled datasets first, then those uploaded in this browser. */
export function DatasetSelect({ value, source = null, cluster = null, uploaded: datasets, onChange }: DatasetSelectProps) {
  const { t } = useI18n();
  const linkedName = (id: string) =>
    isEmbeddedDatasetId(id)
      ? t('dataset.linked')
      : isRemoteDatasetId(id) && source
        ? t('dataset.remote', { host: new URL(source).host })
        : isClickHouseDatasetId(id) && cluster
          ? t('dataset.clickhouse', { table: cluster.table, host: new URL(cluster.url).host })
          : id;
  const known = isBundledDatasetId(value) || datasets.some((d) => d.id === value);
  return (
    <label className="field">
      <span className="field-label">{t('dataset.label')}</span>
      <select
        data-testid="dataset-select"
        value={value}
        onChange={(event) => onChange(event.target.value, datasets.find((d) => d.id === event.target.value)?.details.retailers ?? null)}
      >
        {BUNDLED_DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`dataset.${id}`)}
          </option>
        ))}
        {datasets.length || !known ? (
          <optgroup label={t('dataset.uploaded')}>
            {datasets.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
            {/* a link to a dataset this browser does not hold still shows which one it asked for */}
            {!known ? <option value={value}>{linkedName(value)}</option> : null}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}
