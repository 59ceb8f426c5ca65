/**
 * What the page knows about the ClickHouse datasets of this tab, in memory only: the
 * credentials the analyst typed (never in a link, never in storage: gone with the tab) and
 * where each fetch stands. Tiny and free of ClickHouse code, so the first paint can import it;
 * the client itself loads with session/clickhouse-source.ts, when a cluster is asked for.
 */
export interface ClusterCredentials {
  user?: string;
  password?: string;
}

export interface ClusterTables {
  sales: string;
  targets?: string | null;
  fees?: string | null;
  events?: string | null;
}

export type ClusterFetch =
  | { state: 'loading'; url: string; table: string }
  | {
      state: 'loaded';
      url: string;
      table: string;
      fetchedAt: string;
      rowsOnCluster: number;
      rowsSent: number;
      bytesSent: number;
      smallTablesFromCluster: boolean;
    }
  | { state: 'failed'; url: string; table: string; code: string; detail: string };

const credentials = new Map<string, ClusterCredentials>();
const tables = new Map<string, ClusterTables>();
const fetches = new Map<string, ClusterFetch>();
const listeners = new Set<() => void>();

export function setCredentials(url: string, value: ClusterCredentials): void {
  credentials.set(url, value);
}

export function credentialsFor(url: string): ClusterCredentials {
  return credentials.get(url) ?? {};
}

/** The optional tables chosen on the Data page for a dataset (a link names the sales only). */
export function setClusterTables(datasetId: string, value: ClusterTables): void {
  tables.set(datasetId, value);
}

export function clusterTablesFor(datasetId: string, sales: string): ClusterTables {
  return tables.get(datasetId) ?? { sales };
}

export function setClusterFetch(datasetId: string, value: ClusterFetch): void {
  fetches.set(datasetId, value);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a fetch's state changes; returns the unsubscription. */
export function subscribeClusterFetches(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where the fetch of a cluster dataset stands (undefined: never asked in this tab). */
export function clusterFetchOf(datasetId: string | null): ClusterFetch | undefined {
  return datasetId ? fetches.get(datasetId) : undefined;
}
