import { SALES_COLUMNS } from '../model/schema';
import type { ClusterLink } from './app-state';
import { contentId } from './content-id';

/**
 * `db.table` or `table`, letters, digits and `_`: the same rule as remote/clickhouse-sql.ts
 * (`isTableName`), written out here so that reading a link loads nothing about ClickHouse.
 */
export function isClusterTable(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,126}(\.[A-Za-z_][A-Za-z0-9_]{0,126})?$/.test(value);
}

/** `ch_map=`: `canonical:column` pairs, the column percent-encoded (it may hold `,` or `:`). */
export function encodeClusterMap(map: Readonly<Record<string, string>>): string | null {
  const pairs = Object.keys(map)
    .sort()
    .map((canonical) => `${canonical}:${encodeURIComponent(map[canonical]!)}`);
  return pairs.length ? pairs.join(',') : null;
}

const MAX_COLUMN_NAME = 128;

/** The map a `ch_map=` value holds, or null when any pair is not a sales column and a column name. */
export function decodeClusterMap(value: string): Record<string, string> | null {
  const map: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const at = pair.indexOf(':');
    const canonical = pair.slice(0, at);
    let column: string;
    try {
      column = decodeURIComponent(pair.slice(at + 1));
    } catch {
      return null;
    }
    if (at < 1 || !Object.hasOwn(SALES_COLUMNS, canonical) || !column || column.length > MAX_COLUMN_NAME || Object.hasOwn(map, canonical)) return null;
    map[canonical] = column;
  }
  return map;
}

/**
 * The dataset a cluster link names: `k_` and a hash of the address, the table and its mapping
 * (none for a canonical table, so those ids are as before).
 */
export function clusterDatasetId(cluster: ClusterLink): string {
  const map = cluster.map ? encodeClusterMap(cluster.map) : null;
  return contentId('k', `${cluster.url}\n${cluster.table}${map ? `\n${map}` : ''}`);
}
