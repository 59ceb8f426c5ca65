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

/**
 * A column name in backquotes, `\` and `` ` `` escaped (both 18.16 and current releases read
 * these escapes): a mapped column may carry any character its table allows.
 */
export const quoteColumn = (name: string) => `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;

/** A string literal, `\` and `'` escaped. */
export const quoteString = (value: string) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;

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
export const SALES_CANONICAL = [
  'date',
  'retailer',
  'channel',
  'platform',
  'region',
  'category',
  'orders',
  'revenue_eur',
  'commission_eur',
  'metric',
  'source',
] as const;
export type SalesColumn = (typeof SALES_CANONICAL)[number];
export const SALES_REQUIRED = ['date', 'retailer', 'channel', 'revenue_eur'] as const;
const DIMENSIONS = ['retailer', 'channel', 'platform', 'region', 'category', 'metric', 'source'] as const;

/**
 * Where each canonical sales column is read on the cluster: the name of the table's own column
 * (the same name for a canonical table). A canonical column left out is read as empty.
 */
export type ClusterColumns = Partial<Record<SalesColumn, string>>;

/** Raw channel values → channel (the upload's spellings, `mapChannel`): only the values that change. */
export type ChannelRenames = Record<string, string>;

/** The distinct channel values, as JSON (at most `limit` + 1 of them, to tell "too many"). */
export function distinctChannelsSql(table: string, column: string, limit: number): string {
  return `SELECT DISTINCT ${asText(quoteColumn(column))} AS k_channel FROM ${quoteTable(table)} LIMIT ${limit + 1} FORMAT JSONCompact`;
}

/** The channel as text, renamed in the GROUP BY itself when the cluster spells channels otherwise. */
function channelExpression(column: string, renames: ChannelRenames): string {
  const raw = asText(quoteColumn(column));
  const from = Object.keys(renames);
  if (from.length === 0) return raw;
  const list = (values: string[]) => `[${values.map(quoteString).join(', ')}]`;
  return `transform(${raw}, ${list(from)}, ${list(from.map((v) => renames[v]!))}, ${raw})`;
}

/**
 * The sales summed by day and by every column a filter or a panel reads, in one GROUP BY: the
 * rows the browser loads as its sales table (README / docs/clickhouse.md, "What the cluster
 * sends"). Rows with and without an order count (or a recorded commission) are summed apart, so
 * a summed row is missing a value only when every row it sums is: the panels' rules for missing
 * orders and commissions (sales-with-commission.ts) then read the summed rows as they read the
 * rows. Each canonical column is read from the table's column `columns` maps it to (the
 * analyst's mapping reaches the cluster here, as aliases); columns not mapped are empty, but for
 * `metric` (`revenue`) and `source` (the table's name), as for an upload. Aliases
 * (`k_…`) differ from the column names: ClickHouse resolves an alias before a column, and
 * `sum(x) AS x` would sum itself.
 */
export function dailySalesSql(table: string, columns: ClusterColumns, renames: ChannelRenames = {}): string {
  const column = (name: SalesColumn) => (columns[name] === undefined ? null : quoteColumn(columns[name]));
  const need = (name: SalesColumn) => {
    const found = column(name);
    if (!found) throw new Error(`No column for ${name}`);
    return found;
  };
  // What an upload puts in a column its file lacks (ingest/prepare-steps.ts, `fillDefaults`).
  const absent: Partial<Record<SalesColumn, string>> = { metric: quoteString('revenue'), source: quoteString(table) };
  const dimension = (d: (typeof DIMENSIONS)[number]) => {
    if (columns[d] === undefined) return absent[d] ?? "''";
    return d === 'channel' ? channelExpression(columns[d], renames) : asText(column(d)!);
  };
  const orders = column('orders');
  const commission = column('commission_eur');
  const select = [
    `toDate(${need('date')}) AS k_date`,
    ...DIMENSIONS.map((d) => `${dimension(d)} AS k_${d}`),
    orders ? `${asText(`sum(${orders})`)} AS k_orders` : "'' AS k_orders",
    `toString(sum(${need('revenue_eur')})) AS k_revenue`,
    commission ? `${asText(`sum(${commission})`)} AS k_commission` : "'' AS k_commission",
  ];
  const groups = ['k_date', ...DIMENSIONS.map((d) => `k_${d}`)];
  if (orders) groups.push(`isNull(${orders})`);
  if (commission) groups.push(`isNull(${commission})`);
  const order = ['k_date', 'k_retailer', 'k_channel', 'k_platform', 'k_region', 'k_category', 'k_orders', 'k_revenue', 'k_commission', 'k_metric', 'k_source'];
  return `SELECT ${order.join(', ')} FROM (
  SELECT ${select.join(',\n    ')}
  FROM ${quoteTable(table)}
  GROUP BY ${groups.join(', ')}
)
ORDER BY k_date, k_retailer, k_channel, k_platform, k_region, k_category
FORMAT CSV`;
}
