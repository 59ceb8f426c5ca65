import { useState } from 'react';
import { useEmbedLink } from '../../hooks/use-embed-link';
import { useI18n } from '../../i18n/i18n-context';
import { isUploadedDatasetId } from '../../model/dataset';
import type { AppState } from '../../state/app-state';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed' } | { kind: 'too-large'; kb: number; limit: number };

/**
 * Copies the page's full URL (its hash holds the whole view). For an uploaded dataset, a second
 * button copies a link that carries the data itself, so the viewer needs nothing else.
 */
export function ShareButton({ state }: { state: AppState }) {
  const { t } = useI18n();
  const embedLink = useEmbedLink();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  const copyWithData = async () => {
    const link = await embedLink(state);
    if (link.ok) await copy(link.url);
    else setStatus({ kind: 'too-large', kb: Math.ceil(link.chars / 1000), limit: link.limit / 1000 });
  };
  const message =
    status.kind === 'copied'
      ? t('share.copied')
      : status.kind === 'failed'
        ? t('share.copyFailed')
        : status.kind === 'too-large'
          ? t('share.tooLarge', { size: status.kb, limit: status.limit })
          : '';
  return (
    <span className="share">
      <button
        type="button"
        className="button-secondary"
        data-testid="share-link"
        data-url={window.location.href}
        onClick={() => void copy(window.location.href)}
      >
        {t('share.copy')}
      </button>
      {isUploadedDatasetId(state.filters.dataset) ? (
        <button type="button" className="button-secondary" data-testid="share-link-data" onClick={() => void copyWithData()}>
          {t('share.copyWithData')}
        </button>
      ) : null}
      <span
        role="status"
        aria-live="polite"
        className={`share-status${status.kind === 'too-large' || status.kind === 'failed' ? ' share-status-problem' : ''}`}
      >
        {message}
      </span>
    </span>
  );
}
