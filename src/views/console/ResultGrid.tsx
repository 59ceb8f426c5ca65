import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { ResultTable } from '../../hooks/use-sql-console';
import { useI18n } from '../../i18n/i18n-context';
import { cellKind, cellText, columnWidth, numberFormatter, type SortDirection } from './grid-format';

/** Fixed row height: the grid's full height is rows × this, whatever the number of rows. */
export const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 42;
const SCROLLBAR_ROOM = 18;
const MAX_HEIGHT = 540;
/** Rows measured to size the columns, from the start and the end: cheap at any result size. */
const SAMPLE_ROWS = 100;

export interface GridSort {
  column: string;
  direction: SortDirection;
}

interface ResultGridProps {
  table: ResultTable;
  /** Row indexes in display order (a sort); null = as DuckDB returned them. */
  order: Uint32Array | null;
  sort: GridSort | null;
  onSort: (column: string) => void;
}

/**
 * The result as a grid that only turns the rows in view (plus a few) into DOM, reading cells
 * straight from the result's columns: 150,000 rows scroll as smoothly as 15.
 */
export function ResultGrid({ table, order, sort, onSort }: ResultGridProps) {
  const { t, locale, count } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);

  const columns = useMemo(
    () =>
      table.names.map((name) => {
        const column = table.columns[name]!;
        const type = table.types[name] ?? '';
        const format = numberFormatter(name, type, locale);
        const sample: (string | null)[] = [];
        for (let i = 0; i < Math.min(SAMPLE_ROWS, table.numRows); i++) sample.push(cellText(column, i, format));
        for (let i = Math.max(SAMPLE_ROWS, table.numRows - SAMPLE_ROWS); i < table.numRows; i++) sample.push(cellText(column, i, format));
        return { name, type, column, format, kind: cellKind(column), width: columnWidth(name, type, sample) };
      }),
    [table, locale],
  );
  // Wide enough for the last row's number, grouped ("150,000").
  const rowNumberWidth = Math.max(52, Math.round(count(table.numRows).length * 8 + 18));
  const width = rowNumberWidth + columns.reduce((sum, c) => sum + c.width, 0);

  // The virtualizer re-renders the grid as it scrolls, by design; this build has no React Compiler
  // to memoize around it, which is all the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: table.numRows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <div
      ref={scroller}
      className="result-grid"
      // A table, not an ARIA grid: the keys scroll it (it takes focus), cells are not focus stops.
      role="table"
      aria-label={t('console.grid.label')}
      aria-rowcount={table.numRows + 1}
      aria-colcount={columns.length + 1}
      tabIndex={0}
      data-testid="sql-grid"
      // Short results take only the room they need; long ones scroll inside a fixed window.
      style={{ height: Math.min(MAX_HEIGHT, HEADER_HEIGHT + table.numRows * ROW_HEIGHT + SCROLLBAR_ROOM) }}
    >
      <div className="grid-row grid-header" role="row" aria-rowindex={1} style={{ width }}>
        <div className="grid-cell grid-rownum" role="columnheader" style={{ width: rowNumberWidth }}>
          {t('console.grid.rowNumber')}
        </div>
        {columns.map((c) => {
          const sorted = sort?.column === c.name ? sort.direction : null;
          return (
            <div
              key={c.name}
              className={`grid-cell grid-head-cell${c.kind === 'number' ? ' grid-number' : ''}`}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              style={{ width: c.width }}
            >
              <button type="button" className="grid-sort" title={t('console.grid.sort', { column: c.name })} onClick={() => onSort(c.name)}>
                <span className="grid-head-name">{c.name}</span>
                <span className="grid-head-type">
                  {c.type}
                  {sorted ? (
                    <span aria-label={t(sorted === 'asc' ? 'console.grid.sortedAsc' : 'console.grid.sortedDesc')}>{sorted === 'asc' ? ' ▲' : ' ▼'}</span>
                  ) : null}
                </span>
              </button>
            </div>
          );
        })}
      </div>
      <div className="grid-body" style={{ height: rows.getTotalSize(), width }}>
        {rows.getVirtualItems().map((item) => {
          const row = order ? order[item.index]! : item.index;
          return (
            <div
              key={item.key}
              className={`grid-row${item.index % 2 ? ' grid-row-odd' : ''}`}
              role="row"
              aria-rowindex={item.index + 2}
              data-testid="sql-row"
              style={{ width, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              <div className="grid-cell grid-rownum" role="rowheader" style={{ width: rowNumberWidth }}>
                {count(item.index + 1)}
              </div>
              {columns.map((c) => {
                const text = cellText(c.column, row, c.format);
                return (
                  <div
                    key={c.name}
                    className={`grid-cell${c.kind === 'number' ? ' grid-number' : ''}`}
                    role="cell"
                    style={{ width: c.width }}
                    title={text && text.length > 40 ? text : undefined}
                  >
                    {text === null ? <span className="cell-null">NULL</span> : text}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
