import type { ClusterLink } from './app-state';
import { contentId } from './content-id';

/**
 * `db.table` or `table`, letters, digits and `_`: the same rule as remote/clickhouse-sql.ts
 * (`isTableName`), written out here so that reading a link loads nothing about ClickHouse.
 */
export function isClusterTable(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,126}(\.[A-Za-z_][A-Za-z0-9_]{0,126})?$/.test(value);
}

/** The dataset a cluster link names: `k_` and a hash of the address and the table. */
export function clusterDatasetId(cluster: ClusterLink): string {
  return contentId('k', `${cluster.url}\n${cluster.table}`);
}
