import type { TypedSaveState } from '../../hooks/use-typed-rows';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';

/** What became of a typed goal or rate: a problem with the input, saving, saved, or why not. */
export function TypedSaveStatus({
  state,
  invalid,
  savedKey,
  testId,
}: {
  state: TypedSaveState;
  invalid: MessageKey | null;
  savedKey: MessageKey;
  testId: string;
}) {
  const i18n = useI18n();
  const text = invalid
    ? i18n.t(invalid)
    : state.step === 'saving'
      ? i18n.t('typed.saving')
      : state.step === 'saved'
        ? i18n.t(savedKey)
        : state.step === 'failed'
          ? i18n.t('typed.failed', { reason: i18n.say(state.message) })
          : '';
  const bad = invalid !== null || state.step === 'failed';
  return (
    <p
      className={bad ? 'typed-status field-error' : 'typed-status muted'}
      role={bad ? 'alert' : 'status'}
      data-testid={testId}
      data-state={invalid ? 'invalid' : state.step}
    >
      {text}
    </p>
  );
}
