import type { ConsoleError } from '../../session/console-runner';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';

interface RunErrorProps {
  error: ConsoleError;
  /** Line and column of the error in the editor's text, when DuckDB or the console named a spot. */
  at: { line: number; column: number } | null;
  onShow: () => void;
}

const LEAD: Record<Exclude<ConsoleError['reason'], 'cancelled'>, MessageKey> = {
  outside: 'console.error.outside',
  lockdown: 'console.error.lockdown',
  write: 'console.error.write',
  unknown: 'console.error.unknown',
  duckdb: 'console.error.duckdb',
  empty: 'console.error.empty',
};

/**
 * Why the query did not run, in the page's language, then DuckDB's own words (which stay in
 * English: they name SQL things) and where in the query it happened.
 */
export function RunError({ error, at, onShow }: RunErrorProps) {
  const { t } = useI18n();
  if (error.reason === 'cancelled') return null;
  const refused = error.reason === 'outside' || error.reason === 'write' || error.reason === 'unknown';
  return (
    <section className="console-panel run-error" role="alert" data-testid="sql-error" data-reason={error.reason} data-line={at?.line} data-column={at?.column}>
      <strong>{t(LEAD[error.reason], { keyword: error.keyword })}</strong>
      {!refused && error.message ? <pre className="run-error-message">{error.message}</pre> : null}
      {refused ? <p className="muted">{t('console.notRun')}</p> : null}
      {at ? (
        <p className="run-error-at">
          <span data-testid="sql-error-position">{t('console.error.at', { line: at.line, column: at.column })}</span>{' '}
          <button type="button" className="button-small" onClick={onShow}>
            {t('console.error.show')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
