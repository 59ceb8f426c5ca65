import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { formatDuration } from './duration';

/** "Running… 3.2 s", ticking while the query runs, announced politely to screen readers. */
export function RunProgress({ startedAt }: { startedAt: number }) {
  const { t, locale } = useI18n();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="run-progress" role="status" data-testid="sql-running">
      <span className="spinner" aria-hidden="true" />
      {t('console.running', { time: formatDuration(Math.max(0, now - startedAt), locale) })}
    </span>
  );
}
