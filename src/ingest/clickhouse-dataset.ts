import { TABLE_COLUMNS, type TableName } from '../model/schema';
import { diagnose, queryText, type ClickHouseConnection, type QueryOptions } from '../remote/clickhouse-client';
import { ClickHouseError } from '../remote/clickhouse-error';
import {
  dailySalesSql,
  describeSql,
  distinctChannelsSql,
  existsSql,
  rowCountSql,
  SALES_CANONICAL,
  selectAsCsvSql,
  type ChannelRenames,
  type ClusterColumns,
} from '../remote/clickhouse-sql';
import type { Engine } from '../engine/engine';
import { channelRenames, resolveClusterColumns, type ClusterMapping } from './cluster-columns';
import { loadCanonicalDataset, type CanonicalFile, type CanonicalFiles } from './load-canonical';

/**
 * A dataset that lives on a ClickHouse cluster: its sales table and, optionally, tables of
 * targets, platform fees and events with the canonical columns (model/schema.ts).
 */
export interface ClickHouseSource {
  connection: ClickHouseConnection;
  /** `db.table`. */
  sales: string;
  /** The sales table's columns that do not carry their canonical name (cluster-columns.ts). */
  mapping?: ClusterMapping;
  targets?: string | null;
  fees?: string | null;
  events?: string | null;
}

/** What the cluster sent for the sales: the daily sums as a canonical CSV, and what they sum. */
export interface ClickHouseSales {
  /** Canonical sales CSV (header and rows): the sales summed by day and every dimension. */
  csv: Uint8Array;
  /** Rows of the cluster's sales table these sums stand for. */
  rowsOnCluster: number;
  /** Rows sent (the daily sums). */
  rowsSent: number;
  bytesSent: number;
  /** ISO time the summary was fetched. */
  fetchedAt: string;
  /** Milliseconds the cluster took to answer the GROUP BY (its transfer included). */
  queryMs: number;
  /** Where each canonical column was read on the cluster. */
  columns: ClusterColumns;
}

const encoder = new TextEncoder();

/**
 * Runs `work`; a failure that reads as "no answer" is asked again in ways a browser can read
 * (ClickHouse 18.16 puts no CORS header on its error answers): see `diagnose`.
 */
async function explained<T>(connection: ClickHouseConnection, table: string, options: QueryOptions, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ClickHouseError && error.code === 'unreachable') throw await diagnose(connection, existsSql(table), options);
    throw error;
  }
}

/** The column names of a table (DESCRIBE; TabSeparated escapes `\\`, tab and newline). */
export async function columnsOf(connection: ClickHouseConnection, table: string, options: QueryOptions = {}): Promise<string[]> {
  const text = await queryText(connection, describeSql(table), options);
  const unescape = (name: string) => name.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', '0': '\0' })[c] ?? c);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => unescape(line.split('\t')[0]!));
}

function requireColumns(table: string, present: readonly string[], required: readonly string[]): void {
  const missing = required.filter((column) => !present.includes(column));
  if (missing.length > 0) throw new ClickHouseError('unknown-column', `${table}: ${missing.join(', ')}`);
}

/** More distinct channel values than this: not a channel column; its values are kept as they are. */
const MAX_CHANNEL_VALUES = 1000;

/** The renames that make the cluster's channel values read as an upload's (cluster-columns.ts). */
async function renamesFor(connection: ClickHouseConnection, table: string, column: string, options: QueryOptions): Promise<ChannelRenames> {
  const answer = JSON.parse(await queryText(connection, distinctChannelsSql(table, column, MAX_CHANNEL_VALUES), options)) as { data: [string][] };
  return answer.data.length > MAX_CHANNEL_VALUES ? {} : channelRenames(answer.data.map(([value]) => value));
}

/** The header and the cluster's rows as one canonical CSV, and how many rows it holds. */
function salesCsv(body: string): { csv: Uint8Array; rowsSent: number; bytesSent: number } {
  const header = encoder.encode(`${SALES_CANONICAL.join(',')}\n`);
  const rowsBytes = encoder.encode(body);
  const csv = new Uint8Array(header.length + rowsBytes.length);
  csv.set(header);
  csv.set(rowsBytes, header.length);
  let rowsSent = 0;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) rowsSent++;
  return { csv, rowsSent, bytesSent: rowsBytes.length };
}

/**
 * The sales of the cluster summed by day (clickhouse-sql.ts, `dailySalesSql`), as a canonical
 * CSV: its columns read by name or through the source's mapping, its channel values spelt as an
 * upload would spell them.
 */
export function fetchDailySales(source: ClickHouseSource, options: QueryOptions = {}): Promise<ClickHouseSales> {
  const { connection, sales } = source;
  return explained(connection, sales, options, async () => {
    const columns = resolveClusterColumns(sales, await columnsOf(connection, sales, options), source.mapping);
    const renames = await renamesFor(connection, sales, columns.channel!, options);
    const rows = Number((await queryText(connection, rowCountSql(sales), options)).trim());
    const started = performance.now();
    const body = await queryText(connection, dailySalesSql(sales, columns, renames), options);
    const queryMs = performance.now() - started;
    return { ...salesCsv(body), rowsOnCluster: rows, fetchedAt: new Date().toISOString(), queryMs, columns };
  });
}

/**
 * One of the small tables (targets, fees, events) from the cluster, as its canonical file: every
 * canonical column must be there, by name (they load with DuckDB's reader, typed explicitly).
 */
export function fetchCanonicalTable(connection: ClickHouseConnection, table: string, canonical: TableName, options: QueryOptions = {}): Promise<CanonicalFile> {
  return explained(connection, table, options, async () => {
    const columns = Object.keys(TABLE_COLUMNS[canonical]);
    requireColumns(table, await columnsOf(connection, table, options), columns);
    const body = await queryText(connection, selectAsCsvSql(table, columns), options);
    return { name: `${canonical}.csv`, bytes: encoder.encode(`${columns.join(',')}\n${body}`) };
  });
}

/** A dataset fetched from a cluster, as canonical files, and what the sales part says about itself. */
export interface ClickHouseDataset {
  files: CanonicalFiles;
  /** Sales rows the cluster sent (DuckDB's load is checked against it). */
  expectedSales: number;
  sales: Omit<ClickHouseSales, 'csv'>;
}

const SMALL: readonly [keyof ClickHouseSource & ('targets' | 'fees' | 'events'), TableName][] = [
  ['targets', 'targets'],
  ['fees', 'platform_fees'],
  ['events', 'events'],
];

/**
 * Everything a dataset needs from a cluster: the daily sums of its sales and its small tables
 * from the cluster when named, else from `fallback` (the bundled sample's targets, fees and
 * events). The cluster's answer is already canonical (typed columns, ISO dates, exact decimals,
 * canonical names), so it goes straight to DuckDB's reader with explicit types, like a bundled
 * file: no sniffing, and a value DuckDB cannot read fails the load (the data shown stays as it
 * was) instead of being dropped. Channel names are taken as the cluster writes them.
 */
export async function fetchClickHouseDataset(
  source: ClickHouseSource,
  fallback: Pick<CanonicalFiles, 'targets' | 'platform_fees' | 'events'>,
  options: QueryOptions = {},
): Promise<ClickHouseDataset> {
  const { csv, ...sales } = await fetchDailySales(source, options);
  const files: CanonicalFiles = { ...fallback, sales: { name: 'sales.csv', bytes: csv } };
  for (const [key, table] of SMALL) {
    const name = source[key];
    if (name) files[table] = await fetchCanonicalTable(source.connection, name, table, options);
  }
  return { files, expectedSales: sales.rowsSent, sales };
}

/** Loads a fetched dataset; a failed load leaves the previous copy of `datasetId` as it was. */
export async function loadClickHouseDataset(engine: Engine, datasetId: string, dataset: ClickHouseDataset): Promise<Record<TableName, number>> {
  const counts = await loadCanonicalDataset(engine, datasetId, dataset.files);
  if (counts.sales !== dataset.expectedSales) {
    throw new ClickHouseError('other', `DuckDB loaded ${counts.sales} sales rows where validation accepted ${dataset.expectedSales}`);
  }
  return counts;
}
