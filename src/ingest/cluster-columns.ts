import { SALES_CANONICAL, SALES_REQUIRED, type ChannelRenames, type ClusterColumns, type SalesColumn } from '../remote/clickhouse-sql';
import { ClickHouseError } from '../remote/clickhouse-error';
import { autoMap, mapChannel } from './column-mapping';

/**
 * The analyst's mapping of a cluster's sales table: canonical column → the table's column, for
 * the columns that do not carry their canonical name (what a link's `ch_map=` and the CLI's
 * `--map` hold). The same canonical columns as an upload (ingest-kinds.ts, `sales`).
 */
export type ClusterMapping = Partial<Record<SalesColumn, string>>;

export function isSalesColumn(name: string): name is SalesColumn {
  return (SALES_CANONICAL as readonly string[]).includes(name);
}

/**
 * Where each canonical column would be read without a mapping: a column with the canonical name
 * first (a canonical table needs no mapping), then the upload's header aliases (`enseigne`,
 * `CA TTC`, … — `autoMap`) for the rest. What the Data page's mapping starts from.
 */
export function guessClusterColumns(present: readonly string[]): ClusterColumns {
  const columns: ClusterColumns = {};
  for (const name of SALES_CANONICAL) if (present.includes(name)) columns[name] = name;
  const taken = new Set(Object.values(columns));
  const rest = present.filter((column) => !taken.has(column));
  for (const [name, source] of Object.entries(autoMap('sales', rest))) {
    if (isSalesColumn(name) && columns[name] === undefined && 'column' in source) columns[name] = source.column;
  }
  return columns;
}

/**
 * Where each canonical column is read, given the table's columns (DESCRIBE): the guess above,
 * then the analyst's choices on top. A chosen column the table lacks, or a required column left
 * without one, fails as `unknown-column` with the names in its detail.
 */
export function resolveClusterColumns(table: string, present: readonly string[], chosen: ClusterMapping = {}): ClusterColumns {
  const columns = guessClusterColumns(present);
  const absent = Object.values(chosen).filter((column) => !present.includes(column));
  if (absent.length > 0) throw new ClickHouseError('unknown-column', `${table}: ${absent.join(', ')}`);
  Object.assign(columns, chosen);
  const missing = SALES_REQUIRED.filter((name) => columns[name] === undefined);
  if (missing.length > 0) throw new ClickHouseError('unknown-column', `${table}: ${missing.join(', ')}`);
  return columns;
}

/**
 * The channel values the cluster writes that an upload would read as another channel (`Web` →
 * `web`, `vocal` → `voice`: `mapChannel` with no explicit choice), so both paths give the
 * same channels for the same rows.
 */
export function channelRenames(values: readonly string[]): ChannelRenames {
  const renames: ChannelRenames = {};
  for (const raw of values) {
    const channel = mapChannel(raw, {});
    if (channel !== raw) renames[raw] = channel;
  }
  return renames;
}
