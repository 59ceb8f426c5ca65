import { useMemo } from 'react';
import type { HistoryEntry } from '../../model/history-entry';
import { useI18n } from '../../i18n/i18n-context';
import { INTL_LOCALE } from '../../i18n/locale';
import { formatDuration } from './duration';

interface HistoryListProps {
  entries: readonly HistoryEntry[];
  onUse: (sql: string) => void;
  onClear: () => void;
}

/** The last queries run in this browser, newest first; a click puts one back in the editor. */
export function HistoryList({ entries, onUse, onClear }: HistoryListProps) {
  const { t, locale, count } = useI18n();
  // In the viewer's own time zone: when they ran the query, on their clock.
  const time = useMemo(() => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'short', timeStyle: 'short' }), [locale]);
  return (
    <section className="console-panel history" aria-labelledby="history-title" data-testid="sql-history">
      <div className="history-head">
        <h2 id="history-title">{t('console.history.title')}</h2>
        {entries.length ? (
          <button type="button" className="button-small" data-testid="sql-history-clear" onClick={onClear}>
            {t('console.history.clear')}
          </button>
        ) : null}
      </div>
      {entries.length === 0 ? <p className="muted">{t('console.history.empty')}</p> : null}
      <ol className="history-list">
        {entries.map((entry) => (
          <li key={`${entry.at}-${entry.sql}`}>
            <button type="button" className="history-entry" data-testid="sql-history-entry" title={t('console.history.use')} onClick={() => onUse(entry.sql)}>
              <code>{entry.sql.length > 300 ? `${entry.sql.slice(0, 300)}…` : entry.sql}</code>
              <span className="history-meta">
                {time.format(new Date(entry.at))} ·{' '}
                {entry.ok ? (
                  entry.rows === 1 ? (
                    t('console.rowsOne')
                  ) : (
                    t('console.rows', { count: count(entry.rows ?? 0) })
                  )
                ) : (
                  <span className="history-failed">{t('console.history.failed')}</span>
                )}{' '}
                · {formatDuration(entry.elapsedMs, locale)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
