import { useEffect, useState } from 'react';
import { formatDateInput, parseDateInput } from '../../i18n/date-input';
import { useI18n } from '../../i18n/i18n-context';

interface DateFieldProps {
  label: string;
  testId: string;
  /** ISO date, or null for none. */
  value: string | null;
  min?: string | null;
  max?: string | null;
  onChange: (iso: string | null) => void;
  title?: string;
}

/**
 * A date typed day first in the page's language (see i18n/date-input.ts), applied on Enter or
 * when the field loses focus; a date that is not a day, or outside the data's range, is said so
 * and not applied. Empty clears it.
 */
export function DateField({ label, testId, value, min, max, onChange, title }: DateFieldProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(formatDateInput(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(formatDateInput(value));
    setInvalid(false);
  }, [value]);
  const apply = () => {
    if (draft.trim() === '') {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const iso = parseDateInput(draft);
    const outside = iso !== null && ((min && iso < min) || (max && iso > max));
    if (iso === null || outside) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(formatDateInput(iso));
    if (iso !== value) onChange(iso);
  };
  const errorId = `${testId}-error`;
  return (
    <label className="field" title={title}>
      <span className="field-label">{label}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-field"
        data-testid={testId}
        data-value={value ?? ''}
        value={draft}
        placeholder={t('filters.datePlaceholder')}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
      />
      {invalid ? (
        <span id={errorId} className="field-error" role="alert">
          {t('filters.dateInvalid', { min: formatDateInput(min ?? null), max: formatDateInput(max ?? null) })}
        </span>
      ) : null}
    </label>
  );
}
