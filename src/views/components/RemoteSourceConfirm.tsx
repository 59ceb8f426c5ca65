import { useEngineContext } from '../../hooks/engine-context';
import { useI18n } from '../../i18n/i18n-context';
import type { ClusterLink } from '../../state/app-state';

/**
 * A link that names data on another host loads nothing until the viewer agrees: the download
 * tells that host the viewer's address, so it is their call, not the link's.
 */
export function RemoteSourceConfirm({ onDecline, cluster = null }: { onDecline: () => void; cluster?: ClusterLink | null }) {
  const { t } = useI18n();
  const { pendingSource, confirmSource } = useEngineContext();
  if (!pendingSource) return null;
  const host = new URL(pendingSource).host;
  // A ClickHouse cluster sends sums of a table; a web source is one file downloaded whole.
  const isCluster = cluster !== null && cluster.url === pendingSource;
  return (
    <div className="notice remote-confirm" role="alertdialog" aria-labelledby="remote-confirm-title" data-testid="remote-source">
      <strong id="remote-confirm-title">{isCluster ? t('ch.confirmTitle', { host }) : t('remote.title', { host })}</strong>
      <p>
        {isCluster ? t('ch.confirmExplain', { table: cluster.table }) : t('remote.explain')} <code>{pendingSource}</code>
      </p>
      <button type="button" data-testid={isCluster ? 'source-confirm' : 'remote-confirm'} onClick={confirmSource}>
        {isCluster ? t('ch.confirmLoad', { host }) : t('remote.load', { host })}
      </button>{' '}
      <button type="button" className="button-secondary" data-testid="remote-decline" onClick={onDecline}>
        {t('remote.decline')}
      </button>
    </div>
  );
}
