import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** Says which parts of an opened link were invalid and replaced by defaults. */
export function LinkNotice({ rejected }: { rejected: string[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (rejected.length === 0 || dismissed) return null;
  return (
    <div className="notice" role="status" data-testid="link-notice">
      {t('notice.invalidLink', { details: rejected.join(', ') })}{' '}
      <button type="button" className="button-secondary" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
