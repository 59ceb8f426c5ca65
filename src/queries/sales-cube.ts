import { raw, sql, type Sql } from '../engine/sql';
import { feeSegmentsSql, withCommission } from './sales-with-commission';

/**
 * A dataset's summary table (Mosaic's data-cube idea): its sales rows summed by calendar month
 * and by every column a filter or a panel groups by, built once when the dataset loads
 * (ingest/load-canonical.ts). A filter change then reads thousands of cube rows instead of
 * millions of sales rows; at 1M and at 10M rows the cube has the same ~8k rows.
 *
 * Every query reads "facts" (sales-facts.ts): a sales row, or a cube row standing for many, with
 * the same columns. A fact's measures combine by `sum`, `min` or `max`, so a panel's aggregate
 * over cube rows equals the same aggregate over the sales rows they sum — exactly: money is
 * DECIMAL, whose sums do not round. Counts become sums of counts (`count(*)` is
 * `sum(row_count)`), a date becomes its month (every bucket the panels use is a month or
 * coarser) and the first and last day of the rows summed.
 *
 * The net basis needs the commission of each sales row, which depends on the fee-schedule row in
 * force on its date (salesWithCommission): it is computed per row when the cube is built and
 * summed, and the fee row's label and source are part of the grain, so a month in which a fee
 * starts is split where it changes. The scheduled commission alone is a DOUBLE (rate × basket),
 * summed in another order than over the rows: equal to ~1e-15 relative, not to the bit.
 */

/** Columns a fact shares with every sales row it stands for: what filters and groupings read. */
const DIMENSIONS = ['retailer', 'channel', 'platform', 'region', 'category', 'metric', 'source'] as const;
/** The fee-schedule row in force on the sale's date (NULL without one), from salesWithCommission. */
const FEE_DIMENSIONS = ['fee_label', 'fee_source'] as const;

interface Measure {
  name: string;
  /** The measure on one sales row (alias `s`; a row of salesWithCommission for the fee measures). */
  row: string;
  /** How a cube row combines the values of the sales rows it sums. */
  combine: 'sum' | 'min' | 'max';
  /** Counts stay BIGINT in the cube (a sum of BIGINT would widen to HUGEINT). */
  count?: true;
}

const MEASURES: readonly Measure[] = [
  { name: 'first_date', row: 's.date', combine: 'min' },
  { name: 'last_date', row: 's.date', combine: 'max' },
  { name: 'row_count', row: '1', combine: 'sum', count: true },
  { name: 'revenue_eur', row: 's.revenue_eur', combine: 'sum' },
  { name: 'orders', row: 's.orders', combine: 'sum' },
  { name: 'orders_count', row: '(s.orders IS NOT NULL)', combine: 'sum', count: true },
  { name: 'commission_eur', row: 's.commission_eur', combine: 'sum' },
  { name: 'commission_count', row: '(s.commission_eur IS NOT NULL)', combine: 'sum', count: true },
];

/** What the fee schedule adds (see salesWithCommission): the net basis and the platforms' view. */
const FEE_MEASURES: readonly Measure[] = [
  { name: 'effective_commission_eur', row: 's.effective_commission_eur', combine: 'sum' },
  { name: 'scheduled_commission_eur', row: 's.scheduled_commission_eur', combine: 'sum' },
  ...(['recorded', 'schedule', 'none', 'unknown'] as const).map((basis) => ({
    name: `rows_${basis}`,
    row: `(s.commission_basis = '${basis}')`,
    combine: 'sum' as const,
    count: true as const,
  })),
];

/** The month a fact belongs to: every time bucket of the panels (month, quarter, year) is a union of months. */
const MONTH_OF_ROW = "date_trunc('month', s.date)::DATE";

const rowValue = (m: Measure) => (m.count ? `${m.row}::BIGINT` : m.row);

/** A column of a fact: its month, a dimension or a measure. */
export type FactColumn =
  'month' | (typeof DIMENSIONS)[number] | (typeof FEE_DIMENSIONS)[number] | (typeof MEASURES)[number]['name'] | (typeof FEE_MEASURES)[number]['name'];

const FEE_COLUMNS = new Set<string>([...FEE_DIMENSIONS, ...FEE_MEASURES.map((m) => m.name)]);

/** True when a column comes from the fee schedule: on sales rows, a join (salesWithCommission). */
export function needsFees(columns: readonly FactColumn[]): boolean {
  return columns.some((column) => FEE_COLUMNS.has(column));
}

/**
 * A sales row (alias `s`) as a fact with the chosen columns: the SELECT list. Only what a query
 * reads is listed: DuckDB binds every expression of every branch before it prunes any.
 */
export function rowFacts(columns: readonly FactColumn[]): Sql {
  const list = columns
    .map((column) => {
      if (column === 'month') return `${MONTH_OF_ROW} AS month`;
      const measure = [...MEASURES, ...FEE_MEASURES].find((m) => m.name === column);
      return measure ? `${rowValue(measure)} AS ${column}` : `s.${column}`;
    })
    .join(', ');
  // Text made of the typed column names and the measures' constant expressions above.
  return raw(list);
}

/** A cube row (alias `s`) as a fact with the chosen columns, in the same order as `rowFacts`. */
export function cubeFacts(columns: readonly FactColumn[]): Sql {
  return raw(columns.map((column) => `s.${column}`).join(', '));
}

/**
 * The statement that keeps a fee schedule's segments (`feeSegmentsSql`) as the table `target`.
 * DDL run by `exec`, which takes no params: `target` and `fees` are quoted names (quoteIdent).
 */
export function feeSegmentsTableSql(target: string, fees: string): string {
  return sql`CREATE OR REPLACE TABLE ${raw(target)} AS SELECT * FROM ${feeSegmentsSql(raw(fees))}`.text;
}

/**
 * The statement that builds the cube `target` from a sales table (or staged copy) and its fee
 * segments (`feeSegmentsTableSql`). Rows in month order: the cube is read by month ranges.
 * DDL like feeSegmentsTableSql: the three relations are quoted names.
 */
export function salesCubeSql(target: string, sales: string, segments: string): string {
  const measures = [...MEASURES, ...FEE_MEASURES].map((m) => {
    const combined = `${m.combine}(${rowValue(m)})`;
    return `${m.count ? `${combined}::BIGINT` : combined} AS ${m.name}`;
  });
  const grain = [`${MONTH_OF_ROW} AS month`, ...[...DIMENSIONS, ...FEE_DIMENSIONS].map((d) => `s.${d}`)];
  return sql`CREATE OR REPLACE TABLE ${raw(target)} AS
SELECT ${raw([...grain, ...measures].join(',\n  '))}
FROM ${withCommission(raw(sales), raw(segments))} s
GROUP BY ALL
ORDER BY month`.text;
}
