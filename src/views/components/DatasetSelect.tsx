import type { UploadedDataset } from '../../hooks/uploads-context';
import { useI18n } from '../../i18n/i18n-context';
import { BUNDLED_DATASET_IDS, isEmbeddedDatasetId, isRemoteDatasetId } from '../../model/dataset';

interface DatasetSelectProps {
  value: string;
  /** The web address the link loads data from, to name that dataset. */
  source?: string | null;
  /** The datasets uploaded in this browser (none at build time, when the first paint is rendered). */
  uploaded: readonly UploadedDataset[];
  /** `retailers` is null for bundled datasets (their retailer is Carrefour). */
  onChange: (dataset: string, retailers: string[] | null) => void;
}

/** Bundled datasets first, then those uploaded in this browser. */
export function DatasetSelect({ value, source = null, uploaded: datasets, onChange }: DatasetSelectProps) {
  const { t } = useI18n();
  const known = (BUNDLED_DATASET_IDS as readonly string[]).includes(value) || datasets.some((d) => d.id === value);
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
            {!known ? <option value={value}>{isEmbeddedDatasetId(value) ? t('dataset.linked') : isRemoteDatasetId(value) && source ? t('dataset.remote', { host: new URL(source).host }) : value}</option> : null}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}
