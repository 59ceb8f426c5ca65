import { useI18n } from '../../i18n/i18n-context';
import { BUNDLED_DATASET_IDS } from '../../model/dataset';
import type { MessageKey } from '../../i18n/messages-en';

export function DatasetSelect({ value, onChange }: { value: string; onChange: (dataset: string) => void }) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span className="field-label">{t('dataset.label')}</span>
      <select data-testid="dataset-select" value={value} onChange={(event) => onChange(event.target.value)}>
        {BUNDLED_DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {t(`dataset.${id}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
