/**
 * The statements Cible sends to ClickHouse: plain SQL that Debian's 18.16 and current releases
 * both accept (GROUP BY, toDate, sum, count, ifNull, toString; the CSV format). Table names come
 * from the analyst or a link: they are checked as identifiers and quoted, never pasted as SQL.
 */

/** `db.table` or `table`: letters, digits and `_` only (what people name tables; nothing to escape). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;

export function isTableName(value: string): boolean {
  const parts = value.split('.');
  return parts.length <= 2 && parts.every((part) => IDENTIFIER.test(part));
}

/** `` `db`.`table` ``. Throws on anything `isTableName` refuses. */
export function quoteTable(value: string): string {
  if (!isTableName(value)) throw new Error(`Not a table name: ${JSON.stringify(value.slice(0, 80))}`);
  return value
    .split('.')
    .map((part) => `\`${part}\``)
    .join('.');
}

const quoteColumn = (name: string) => `\`${name}\``;

/** The columns of a table, one per line with its type (TabSeparated: name, type, …). */
export function describeSql(table: string): string {
  return `DESCRIBE TABLE ${quoteTable(table)} FORMAT TabSeparated`;
}

/** `1` when the table exists, else `0`: to tell a missing table from a missing column. */
export function existsSql(table: string): string {
  return `EXISTS TABLE ${quoteTable(table)} FORMAT TabSeparated`;
}

export function rowCountSql(table: string): string {
  return `SELECT count() FROM ${quoteTable(table)} FORMAT TabSeparated`;
}

/**
 * A value as CSV text with NULL as an empty field: ClickHouse writes NULL as `\N`, which no CSV
 * reader takes for a missing value. Decimals as text keep every digit (a JSON number would not).
 */
const asText = (expression: string) => `ifNull(toString(${expression}), '')`;

/** Every column of a table as text, in the given order (the header is written by the caller). */
export function selectAsCsvSql(table: string, columns: readonly string[]): string {
  const list = columns.map((c, i) => `${asText(quoteColumn(c))} AS c${i}`).join(', ');
  return `SELECT ${list} FROM ${quoteTable(table)} FORMAT CSV`;
}

/** The sales table's canonical columns, in order, and which ones a table may leave out. */
export const SALES_CANONICAL = ['date', 'retailer', 'channel', 'platform', 'region', 'category', 'orders', 'revenue_eur', 'commission_eur', 'metric', 'source'] as const;
export const SALES_REQUIRED = ['date', 'retailer', 'channel', 'revenue_eur'] as const;
const DIMENSIONS = ['retailer', 'channel', 'platform', 'region', 'category', 'metric', 'source'] as const;

/**
 * The sales summed by day and by every column a filter or a panel reads, in one GROUP BY: the
 * rows the browser loads as its sales table (README / docs/clickhouse.md, "What the cluster
 * sends"). Rows with and without an order count (or a recorded commission) are summed apart, so
 * a summed row is missing a value only when every row it sums is: the panels' rules for missing
 * orders and commissions (sales-with-commission.ts) then read the summed rows as they read the
 * rows. Columns the table lacks are empty. Aliases differ from the column names: ClickHouse
 * resolves an alias before a column, and `sum(x) AS x` would sum itself.
 */
export function dailySalesSql(table: string, present: ReadonlySet<string>): string {
  const has = (column: string) => present.has(column);
  const dims = DIMENSIONS.map((d) => (has(d) ? quoteColumn(d) : null));
  const select = [
    `toDate(${quoteColumn('date')}) AS k_date`,
    ...DIMENSIONS.map((d, i) => `${dims[i] ? asText(dims[i]) : "''"} AS k_${d}`),
    has('orders') ? `${asText(`sum(${quoteColumn('orders')})`)} AS k_orders` : "'' AS k_orders",
    `toString(sum(${quoteColumn('revenue_eur')})) AS k_revenue`,
    has('commission_eur') ? `${asText(`sum(${quoteColumn('commission_eur')})`)} AS k_commission` : "'' AS k_commission",
  ];
  const groups = ['k_date', ...DIMENSIONS.map((d) => `k_${d}`)];
  if (has('orders')) groups.push(`isNull(${quoteColumn('orders')})`);
  if (has('commission_eur')) groups.push(`isNull(${quoteColumn('commission_eur')})`);
  const order = ['k_date', 'k_retailer', 'k_channel', 'k_platform', 'k_region', 'k_category', 'k_orders', 'k_revenue', 'k_commission', 'k_metric', 'k_source'];
  return `SELECT ${order.join(', ')} FROM (
  SELECT ${select.join(',\n    ')}
  FROM ${quoteTable(table)}
  GROUP BY ${groups.join(', ')}
)
ORDER BY k_date, k_retailer, k_channel, k_platform, k_region, k_category
FORMAT CSV`;
}
