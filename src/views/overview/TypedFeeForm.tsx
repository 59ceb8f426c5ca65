import { useState, type FormEvent } from 'react';
import { useTypedRows } from '../../hooks/use-typed-rows';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { parseTypedRate } from '../../ingest/typed-amount';
import { typedFeeCsv } from '../../ingest/typed-rows';
import { TypedField } from '../components/TypedField';
import { TypedSaveStatus } from '../components/TypedSaveStatus';

interface Props {
  datasetId: string;
  /** Platforms whose commission is not published: no recorded commission, no fee schedule. */
  platforms: string[];
  /** The data's first day: the typed rate applies from then on. */
  firstDate: string;
}

/** A platform the fee schedules do not know: type its rate, kept as a platform fees file. */
export function TypedFeeForm({ datasetId, platforms, firstDate }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { state, save } = useTypedRows(datasetId);
  const [platform, setPlatform] = useState(platforms[0] ?? '');
  const [rate, setRate] = useState('');
  const [source, setSource] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const chosen = platforms.includes(platform) ? platform : (platforms[0] ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pct = parseTypedRate(rate);
    if (pct === null) return setInvalid('typed.badRate');
    setInvalid(null);
    const today = new Date().toISOString().slice(0, 10);
    const csv = typedFeeCsv({
      platform: chosen,
      validFrom: firstDate,
      ratePct: pct,
      label: t('typed.feeLabel', { rate: i18n.percent(pct / 100) }),
      source: source.trim() || t('typed.sourceDefault', { date: i18n.date(today) }),
    });
    void save('fees', `fee-${chosen}-${pct}.csv`, csv);
  };

  return (
    <form className="typed-form" data-testid="fee-form" onSubmit={submit} noValidate>
      <strong>{t('typed.feeTitle')}</strong>
      <span className="muted">{t('typed.feeHelp')}</span>
      <div className="typed-fields">
        <label className="field">
          <span className="field-label">{t('typed.platform')}</span>
          <select value={chosen} onChange={(e) => setPlatform(e.target.value)} data-testid="fee-form-platform">
            {platforms.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <TypedField label={t('typed.rate')} value={rate} placeholder={t('typed.rateHint')} onChange={setRate} testId="fee-form-rate" decimal />
        <TypedField label={t('typed.source')} value={source} placeholder={t('typed.sourceHint')} onChange={setSource} testId="fee-form-source" />
        <button type="submit" disabled={state.step === 'saving'} data-testid="fee-form-save">
          {t('typed.saveFee')}
        </button>
      </div>
      <TypedSaveStatus state={state} invalid={invalid} savedKey="typed.savedFee" testId="fee-form-status" />
    </form>
  );
}
