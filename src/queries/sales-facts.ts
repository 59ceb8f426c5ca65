import { raw, sql, type Sql } from '../engine/sql';
import type { Filters } from '../state/filters';
import { cubeFacts, needsFees, rowFacts, type FactColumn } from './sales-cube';
import { feeSegmentsSql, withCommission } from './sales-with-commission';
import { cubeRef, tableRef } from './table-ref';

/**
 * Where a query's sales come from: `raw`, the sales table row by row; `cube`, the dataset's
 * summary table (sales-cube.ts) for every whole month of the period, and the sales rows of the
 * days left over at its ends. Both give the same facts, so a query gives the same answer on
 * either; every dataset the app loads has its cube, tables made by hand (tests) may not.
 */
export type SalesSource = 'cube' | 'raw';

/**
 * The days a query reads, inclusive: SQL expressions, `null` for no bound, each carrying its own
 * params. Bounds computed in the query (the goal's window) are read from a one-row relation of it
 * (`from`, e.g. a CTE `win`); a bound that evaluates to NULL selects nothing, as
 * `date BETWEEN NULL AND …` does.
 */
export interface DateWindow {
  from?: Sql;
  lo: Sql | null;
  hi: Sql | null;
}

export const ALL_DATES: DateWindow = { lo: null, hi: null };

/** The columns of the revenue measured on `basis` (see measuredRevenue in sales-with-commission.ts). */
export function revenueColumns(basis: Filters['basis']): FactColumn[] {
  return basis === 'net' ? ['revenue_eur', 'effective_commission_eur'] : ['revenue_eur'];
}

/** The filter bar's period (`from` / `to`, each optional). */
export function filterWindow(filters: Pick<Filters, 'from' | 'to'>): DateWindow {
  const bound = (value: string | null) => (value ? sql`${value}::DATE` : null);
  return { lo: bound(filters.from), hi: bound(filters.to) };
}

export interface FactsOptions {
  source: SalesSource;
  window: DateWindow;
  /** The rows' other conditions (alias `s`, columns of the sales table), e.g. salesFilter(…, false). */
  where: Sql;
  /**
   * The columns the query reads (see sales-cube.ts). Those of the fee schedule (the commission it
   * counts: effective, scheduled, basis) cost a join on sales rows.
   */
  columns: readonly FactColumn[];
}

/** Every row: the `where` of a query that filters nothing. */
export const ALL_ROWS = sql`TRUE`;

/**
 * The sales facts of a dataset in a window, as a subquery to select FROM (alias it `s`), with
 * the chosen columns. Aggregate them as the cube does — `sum(s.row_count)` for
 * `count(*)`, `min(s.first_date)` / `max(s.last_date)` for the dates, `s.month` for buckets.
 */
export function salesFacts(dataset: string, chosen: FactsOptions): Sql {
  const options = { ...chosen, columns: [...new Set(chosen.columns)] };
  const { source, window, where } = options;
  if (window.lo === null && window.hi === null) {
    const facts =
      source === 'cube'
        ? sql`SELECT ${cubeFacts(options.columns)} FROM ${cubeRef(dataset, 'sales_monthly')} s WHERE ${where}`
        : rowsAsFacts(dataset, options, ALL_ROWS);
    return sql`(${facts})`;
  }
  if (source === 'cube') return cubeWindowFacts(dataset, options);
  const inWindow = raw([window.lo !== null ? 's.date >= w.lo' : null, window.hi !== null ? 's.date <= w.hi' : null].filter(Boolean).join(' AND '));
  return sql`(${rowsAsFacts(dataset, options, inWindow, sql`, (${windowRow(window)}) w`)})`;
}

/** The window's bounds as one row (`lo`, `hi`). */
function windowRow({ from, lo, hi }: DateWindow): Sql {
  return sql`SELECT ${lo ?? sql`NULL`}::DATE AS lo, ${hi ?? sql`NULL`}::DATE AS hi${from ? sql` FROM ${from}` : sql``}`;
}

/**
 * Sales rows meeting `condition` and the options' `where` (alias `s`; `joined` adds relations to
 * the FROM) as facts. With fees, joined with the fee schedule's segments: computed from the fee
 * table on the raw path, the cube's table of them on the cube's.
 */
export function rowsAsFacts(dataset: string, { source, where, columns }: FactsOptions, condition: Sql, joined = sql``): Sql {
  const chosen = sql`(SELECT s.* FROM ${tableRef(dataset, 'sales')} s${joined} WHERE ${condition} AND ${where})`;
  if (!needsFees(columns)) return sql`SELECT ${rowFacts(columns)} FROM ${chosen} s`;
  const segments = source === 'cube' ? cubeRef(dataset, 'fee_segments') : feeSegmentsSql(tableRef(dataset, 'platform_fees'));
  return sql`SELECT ${rowFacts(columns)} FROM ${withCommission(chosen, segments)} s`;
}

/**
 * The cube's facts in a window: its rows for the whole months — from the first month starting on
 * or after `lo` (`cube_lo`) to the last one ending on or before `hi` (`cube_hi` is the day
 * after) — and the sales rows of the days left over at either end (all of them if the window
 * holds no whole month). Those days are read through a relation of one row, or of none when
 * there are none (a window of whole months): DuckDB passes its bounds down to the sales scan,
 * which on a date-ordered table skips the other row groups, and skips an empty one altogether.
 * With days left over at both ends, the range spans the window and the whole months are taken
 * out of it: correct, and no worse than reading the sales rows.
 */
function cubeWindowFacts(dataset: string, options: FactsOptions): Sql {
  const { window, where, columns } = options;
  const { lo, hi } = window;
  const both = lo !== null && hi !== null;
  // Below, SQL text chosen among constants by which bounds the window has (never their values).
  const cubeLo = lo !== null ? "(date_trunc('month', lo - 1) + INTERVAL 1 MONTH)::DATE" : 'NULL::DATE';
  const cubeHi = hi !== null ? "date_trunc('month', hi + 1)::DATE" : 'NULL::DATE';
  // The days left over, [lo, cube_lo - 1] and [cube_hi, hi], as one range.
  const edgeLo = !both ? (lo === null ? 'cube_hi' : 'lo') : 'CASE WHEN lo < cube_lo OR cube_lo >= cube_hi THEN lo ELSE cube_hi END';
  const edgeHi = !both ? (hi === null ? 'cube_lo - 1' : 'hi') : 'CASE WHEN hi >= cube_hi OR cube_lo >= cube_hi THEN hi ELSE cube_lo - 1 END';
  // A bound given but NULL selects nothing (as on the sales rows): no bounds row, no facts.
  const given = [lo !== null ? 'lo IS NOT NULL' : null, hi !== null ? 'hi IS NOT NULL' : null].filter(Boolean).join(' AND ');
  const bounds = sql`facts_bounds AS (SELECT lo, hi, ${raw(cubeLo)} AS cube_lo, ${raw(cubeHi)} AS cube_hi FROM (${windowRow(window)}) WHERE ${raw(given)})`;
  const edge = sql`facts_edge AS (SELECT * FROM (SELECT ${raw(edgeLo)} AS e_lo, ${raw(edgeHi)} AS e_hi, cube_lo, cube_hi FROM facts_bounds) WHERE e_lo <= e_hi)`;
  const wholeMonths = [lo !== null ? 's.month >= b.cube_lo' : null, hi !== null ? 's.month < b.cube_hi' : null].filter(Boolean).join(' AND ');
  const leftOver = `s.date BETWEEN e.e_lo AND e.e_hi${both ? ' AND NOT (s.date >= e.cube_lo AND s.date < e.cube_hi)' : ''}`;
  return sql`(WITH ${bounds},
${edge}
SELECT ${cubeFacts(columns)} FROM ${cubeRef(dataset, 'sales_monthly')} s, facts_bounds b WHERE ${raw(wholeMonths)} AND ${where}
UNION ALL ${rowsAsFacts(dataset, options, raw(leftOver), sql`, facts_edge e`)})`;
}
