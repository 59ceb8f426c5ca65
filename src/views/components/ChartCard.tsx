import { useRef, type ReactNode } from 'react';
import type { CsvCell } from '../../export/csv-export';
import { useI18n } from '../../i18n/i18n-context';
import { chartPng, chartSvg, downloadBlob, downloadCsv } from './chart-export';
import { TooltipOnDemand } from './chart-tooltip';

interface ChartCardProps {
  testId: string;
  title: string;
  subtitle: string;
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
  empty: boolean;
  footer?: ReactNode;
  /** The numbers behind the chart, offered as CSV next to the PNG and SVG exports. */
  exportData?: { columns: string[]; rows: CsvCell[][] };
  /** What to say when the result is empty, if not "no data for this selection" (e.g. the target is what is missing). */
  emptyMessage?: ReactNode;
  children: ReactNode;
}

/**
 * While new numbers are computed, the chart on screen is the one already drawn: the same React
 * element, so React skips its whole subtree. A filter change would otherwise draw every chart
 * once more with the old numbers (Recharts recomputes its layout: hundreds of ms of the page's
 * thread) before drawing it with the new ones. Its handlers read the page's latest state
 * (use-cross-filter.ts), so a click on the old chart acts on the current filters.
 */
function useFrozenWhileLoading(children: ReactNode, loading: boolean): ReactNode {
  const shown = useRef<ReactNode>(children);
  // eslint-disable-next-line react-hooks/refs -- the last element drawn, kept across renders on purpose
  if (!loading) shown.current = children;
  // eslint-disable-next-line react-hooks/refs -- see above
  return loading ? shown.current : children;
}

/**
 * A titled panel that handles its own states: computing, failed (with what to do) and empty.
 * The previous chart stays while a new result is computed, so filter changes never flicker.
 */
export function ChartCard({ testId, title, subtitle, status, error, empty, footer, exportData, emptyMessage, children }: ChartCardProps) {
  const { t, errorText } = useI18n();
  const bodyRef = useRef<HTMLDivElement>(null);
  const fileBase = `cible-${testId.replace(/^chart-/, '')}`;
  const svg = () => (bodyRef.current ? chartSvg(bodyRef.current) : null);
  // Shown whenever there is a chart, disabled while its new numbers are computed: taken out on
  // every filter change and put back with the answer, the buttons blinked.
  const hasChart = status !== 'error' && !empty;
  const exportDisabled = status !== 'ready';
  const headingId = `${testId}-title`;
  let body: ReactNode = useFrozenWhileLoading(children, status === 'loading' && !empty);
  if (status === 'error') {
    body = (
      <div className="panel-message panel-error" role="alert">
        <strong>{t('error.panel')}</strong>
        <span>{t('error.panelHelp', { message: error ? errorText(error) : '' })}</span>
      </div>
    );
  } else if (empty && status === 'ready') {
    body = <div className="panel-message">{emptyMessage ?? t('chart.empty')}</div>;
  } else if (empty) {
    body = (
      <div className="panel-message" aria-busy="true">
        {t('chart.loading')}
      </div>
    );
  }
  return (
    <section className="card chart-card" data-testid={testId} data-status={status} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <p className="card-subtitle">{subtitle}</p>
        {hasChart ? (
          <div className="chart-export no-print" role="group" aria-label={t('export.label', { chart: title })}>
            <button
              type="button"
              className="button-small"
              data-testid="export-png"
              disabled={exportDisabled}
              onClick={() => {
                const text = svg();
                if (text) void chartPng(text).then((blob) => downloadBlob(`${fileBase}.png`, blob));
              }}
            >
              PNG
            </button>
            <button
              type="button"
              className="button-small"
              data-testid="export-svg"
              disabled={exportDisabled}
              onClick={() => {
                const text = svg();
                if (text) downloadBlob(`${fileBase}.svg`, new Blob([text], { type: 'image/svg+xml' }));
              }}
            >
              SVG
            </button>
            {exportData ? (
              <button
                type="button"
                className="button-small"
                data-testid="export-csv"
                disabled={exportDisabled}
                onClick={() => downloadCsv(`${fileBase}.csv`, exportData.columns, exportData.rows)}
              >
                CSV
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      <TooltipOnDemand className="chart-body" aria-busy={status === 'loading'} ref={bodyRef}>
        {body}
      </TooltipOnDemand>
      {footer ? <footer className="card-footer">{footer}</footer> : null}
    </section>
  );
}
