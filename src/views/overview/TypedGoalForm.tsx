import { useState, type FormEvent } from 'react';
import { useTypedRows } from '../../hooks/use-typed-rows';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { parseTypedAmount } from '../../ingest/typed-amount';
import { goalPeriodOf, typedGoalCsv, typedGoalSetOn } from '../../ingest/typed-rows';
import { TypedField } from '../components/TypedField';
import { TypedSaveStatus } from '../components/TypedSaveStatus';

interface Props {
  datasetId: string;
  /** The dataset's retailers; a goal belongs to one of them. */
  retailers: string[];
  /** The retailer the page is filtered on, if any. */
  retailer: string | null;
  /** The data's last day: the default deadline's year and when the goal counts as known. */
  lastDate: string | null;
}

/** Where an uploaded dataset has no goal: type one (amount, deadline, source), kept as a targets file. */
export function TypedGoalForm({ datasetId, retailers, retailer, lastDate }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { state, save } = useTypedRows(datasetId);
  const [who, setWho] = useState(retailer ?? retailers[0] ?? '');
  const [amount, setAmount] = useState('');
  const [deadline, setDeadline] = useState(lastDate?.slice(0, 4) ?? '');
  const [source, setSource] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const period = goalPeriodOf(deadline);
  const setOn = period ? typedGoalSetOn(period.start, lastDate) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const euros = parseTypedAmount(amount);
    if (euros === null) return setInvalid('typed.badAmount');
    if (!period || !setOn) return setInvalid('typed.badDeadline');
    setInvalid(null);
    const today = new Date().toISOString().slice(0, 10);
    const csv = typedGoalCsv({
      retailer: who,
      amount: euros,
      periodStart: period.start,
      periodEnd: period.end,
      setOn,
      label: t('typed.goalLabel', { amount: i18n.euro(euros), deadline: deadline.trim() }),
      source: source.trim() || t('typed.sourceDefault', { date: i18n.date(today) }),
    });
    void save('targets', `goal-${who}-${period.end}.csv`, csv);
  };

  return (
    <form className="typed-form" data-testid="goal-form" onSubmit={submit} noValidate>
      <strong>{t('typed.goalTitle')}</strong>
      <span className="muted">{t('typed.goalHelp', { date: setOn ? i18n.date(setOn) : '—' })}</span>
      <div className="typed-fields">
        {retailers.length > 1 && !retailer ? (
          <label className="field">
            <span className="field-label">{t('typed.retailer')}</span>
            <select value={who} onChange={(e) => setWho(e.target.value)} data-testid="goal-form-retailer">
              {retailers.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <TypedField label={t('typed.amount')} value={amount} placeholder={t('typed.amountHint')} onChange={setAmount} testId="goal-form-amount" decimal />
        <TypedField label={t('typed.deadline')} value={deadline} placeholder={t('typed.deadlineHint')} onChange={setDeadline} testId="goal-form-deadline" />
        <TypedField label={t('typed.source')} value={source} placeholder={t('typed.sourceHint')} onChange={setSource} testId="goal-form-source" />
        <button type="submit" disabled={state.step === 'saving'} data-testid="goal-form-save">
          {t('typed.saveGoal')}
        </button>
      </div>
      <TypedSaveStatus state={state} invalid={invalid} savedKey="typed.savedGoal" testId="goal-form-status" />
    </form>
  );
}
