import { useMemo, useState } from 'react';
import type { ResultTable } from '../../hooks/use-sql-console';
import { resultCsvParts } from '../../export/result-csv';
import { useI18n } from '../../i18n/i18n-context';
import type { StatementKind } from '../../queries/console-statements';
import { downloadBlob } from '../components/chart-export';
import { defaultChartSpec, type ChartSpec } from './chart-model';
import { formatDuration } from './duration';
import { sortOrder } from './grid-format';
import { ResultChart } from './ResultChart';
import { ResultGrid, type GridSort } from './ResultGrid';

interface ResultViewProps {
  table: ResultTable;
  elapsedMs: number;
  statements: number;
  lastKind: StatementKind;
}

/**
 * One finished result: how big it is and how long it took, then the grid or a chart of it, and
 * the CSV export. Sort, view and chart choices belong to this result (a new run starts afresh).
 */
export function ResultView({ table, elapsedMs, statements, lastKind }: ResultViewProps) {
  const { t, locale, count } = useI18n();
  const [mode, setMode] = useState<'table' | 'chart'>('table');
  const [sort, setSort] = useState<GridSort | null>(null);
  const [spec, setSpec] = useState<ChartSpec | null>(() => defaultChartSpec(table));
  const order = useMemo(() => (sort ? sortOrder(table.columns[sort.column]!, table.numRows, sort.direction) : null), [table, sort]);
  const cycleSort = (column: string) =>
    setSort((current) => (current?.column !== column ? { column, direction: 'asc' } : current.direction === 'asc' ? { column, direction: 'desc' } : null));
  const exportCsv = () => downloadBlob('cible-query.csv', new Blob(resultCsvParts(table, order ?? undefined), { type: 'text/csv;charset=utf-8' }));
  const statementOnly = lastKind !== 'read' && table.numRows <= 1;

  return (
    <section
      className="console-panel result-panel"
      data-testid="sql-result"
      data-rows={table.numRows}
      data-truncated={table.truncated ? 'true' : undefined}
      aria-labelledby="result-summary"
    >
      <div className="result-bar">
        <p id="result-summary" className="result-summary" role="status">
          <strong>{table.numRows === 1 ? t('console.rowsOne') : t('console.rows', { count: count(table.numRows) })}</strong>
          {' · '}
          {table.names.length === 1 ? t('console.columnsOne') : t('console.columns', { count: table.names.length })} ·{' '}
          {t('console.elapsed', { time: formatDuration(elapsedMs, locale) })}
        </p>
        {table.numRows > 0 && !statementOnly ? (
          <div className="result-actions">
            <div className="segmented" role="group" aria-label={t('console.view.label')}>
              <button type="button" aria-pressed={mode === 'table'} data-testid="sql-view-table" onClick={() => setMode('table')}>
                {t('console.view.table')}
              </button>
              <button type="button" aria-pressed={mode === 'chart'} data-testid="sql-view-chart" onClick={() => setMode('chart')} disabled={!spec}>
                {t('console.view.chart')}
              </button>
            </div>
            <button type="button" className="button-secondary" data-testid="sql-export-csv" title={t('console.exportHelp')} onClick={exportCsv}>
              {t('console.exportCsv')}
            </button>
          </div>
        ) : null}
      </div>
      {table.truncated ? (
        <p className="notice" data-testid="sql-truncated">
          {t('console.truncated', { count: count(table.numRows) })}
        </p>
      ) : null}
      {statementOnly ? <p className="muted">{t('console.statementDone', { count: statements })}</p> : null}
      {!statementOnly && table.numRows === 0 ? <p className="muted">{t('console.noRows')}</p> : null}
      {mode === 'chart' && spec ? (
        <ResultChart table={table} spec={spec} onSpecChange={setSpec} title={t('console.view.chart')} />
      ) : mode === 'chart' ? (
        <p className="muted">{t('console.chart.noNumbers')}</p>
      ) : statementOnly ? null : (
        <ResultGrid table={table} order={order} sort={sort} onSort={cycleSort} />
      )}
    </section>
  );
}
