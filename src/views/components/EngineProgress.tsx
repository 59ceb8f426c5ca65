import { useI18n } from '../../i18n/i18n-context';
import { useEngineStatus } from '../../hooks/engine-context';
import type { MessageKey } from '../../i18n/messages-en';

const STEPS = ['selecting', 'downloading', 'instantiating', 'ready'] as const;

/** While DuckDB starts: a visible progress state, never a blank page; if it fails, what to do. */
export function EngineProgress() {
  const { t } = useI18n();
  const status = useEngineStatus();
  if (status.error) {
    return (
      <div className="engine-banner engine-error" role="alert">
        <strong>{t('engine.failed')}</strong> {t('engine.failedHelp')} <code>{status.error.message}</code>
      </div>
    );
  }
  if (status.phase === 'ready' && !status.loadingDataset) return null;
  const step = status.loadingDataset ? STEPS.length : STEPS.indexOf(status.phase as (typeof STEPS)[number]) + 1;
  const message = status.loadingDataset
    ? t('engine.phase.loading', { dataset: status.loadingDataset })
    : t(`engine.phase.${status.phase}` as MessageKey);
  return (
    <div className="engine-banner" role="status" aria-live="polite">
      <progress max={STEPS.length + 1} value={step} aria-label={t('engine.starting')} />
      <span>{message}</span>
    </div>
  );
}
