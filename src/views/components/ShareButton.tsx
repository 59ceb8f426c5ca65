import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** Copies the page's full URL (its hash holds the whole view) and says so, for screen readers too. */
export function ShareButton() {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className="share">
      <button type="button" className="button-secondary" data-testid="share-link" data-url={window.location.href} onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span role="status" aria-live="polite" className="share-status">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </span>
  );
}
