import { useI18n } from '../../i18n/i18n-context';
import { RunProgress } from './RunProgress';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Run (the selection when there is one) and, while running, Cancel with the time so far; else the shortcut. */
export function RunToolbar({
  running,
  selected,
  startedAt,
  onRun,
  onCancel,
}: {
  running: boolean;
  selected: boolean;
  startedAt: number;
  onRun: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="editor-toolbar">
      <button type="button" data-testid="sql-run" onClick={onRun} disabled={running}>
        {selected ? t('console.runSelection') : t('console.run')}
      </button>
      {running ? (
        <>
          <button type="button" className="button-secondary" data-testid="sql-cancel" onClick={onCancel}>
            {t('console.cancel')}
          </button>
          <RunProgress startedAt={startedAt} />
        </>
      ) : (
        <span className="muted editor-hint">{t('console.runHint', { key: isMac ? '⌘+Enter' : 'Ctrl+Enter' })}</span>
      )}
    </div>
  );
}
