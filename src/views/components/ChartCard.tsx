import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';

interface ChartCardProps {
  testId: string;
  title: string;
  subtitle: string;
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
  empty: boolean;
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * A titled panel that handles its own states: computing, failed (with what to do) and empty.
 * The previous chart stays while a new result is computed, so filter changes never flicker.
 */
export function ChartCard({ testId, title, subtitle, status, error, empty, footer, children }: ChartCardProps) {
  const { t } = useI18n();
  const headingId = `${testId}-title`;
  let body: ReactNode = children;
  if (status === 'error') {
    body = (
      <div className="panel-message panel-error" role="alert">
        <strong>{t('error.panel')}</strong>
        <span>{t('error.panelHelp', { message: error?.message ?? '' })}</span>
      </div>
    );
  } else if (empty && status === 'ready') {
    body = <div className="panel-message">{t('chart.empty')}</div>;
  } else if (empty) {
    body = <div className="panel-message" aria-busy="true">{t('chart.loading')}</div>;
  }
  return (
    <section className="card chart-card" data-testid={testId} data-status={status} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <p className="card-subtitle">{subtitle}</p>
      </header>
      <div className="chart-body" aria-busy={status === 'loading'}>
        {body}
      </div>
      {footer ? <footer className="card-footer">{footer}</footer> : null}
    </section>
  );
}
