import { useI18n } from '../../i18n/i18n-context';
import { useEngineContext } from '../../hooks/engine-context';

const STEPS = ['selecting', 'downloading', 'instantiating', 'ready'] as const;

/**
 * While DuckDB starts: a visible progress state, never a blank page; if it fails, what to do;
 * if it died and was restarted, that it happened and that the data was reloaded.
 */
export function EngineProgress({ nameOf }: { nameOf: (datasetId: string) => string }) {
  const { t, errorText } = useI18n();
  const { status, dismissRestart } = useEngineContext();
  if (status.error) {
    return (
      <div className="engine-banner engine-error" role="alert">
        <strong>{t('engine.failed')}</strong> {t('engine.failedHelp')} <code>{errorText(status.error)}</code>
      </div>
    );
  }
  const restart = status.restart ? (
    <div
      className="notice engine-restart"
      role="status"
      aria-live="polite"
      data-testid="engine-restart"
      data-state={status.restart.state}
      data-count={status.restart.count}
    >
      {t(status.restart.state === 'restarting' ? 'restart.restarting' : 'restart.restarted', { reason: status.restart.reason })}{' '}
      {status.restart.state === 'restarted' ? (
        <button type="button" className="button-secondary" onClick={dismissRestart}>
          {t('restart.dismiss')}
        </button>
      ) : null}
    </div>
  ) : null;
  if (status.phase === 'ready' && !status.loadingDataset) return restart;
  const step = status.loadingDataset ? STEPS.length : STEPS.indexOf(status.phase as (typeof STEPS)[number]) + 1;
  const message = status.loadingDataset ? t('engine.phase.loading', { dataset: nameOf(status.loadingDataset) }) : t(`engine.phase.${status.phase}`);
  return (
    <>
      {restart}
      <div className="engine-banner" role="status" aria-live="polite">
        <progress max={STEPS.length + 1} value={step} aria-label={t('engine.starting')} />
        <span>{message}</span>
      </div>
    </>
  );
}
