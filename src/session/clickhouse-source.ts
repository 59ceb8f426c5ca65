import { fetchClickHouseDataset, type ClickHouseDataset } from '../ingest/clickhouse-dataset';
import type { ClusterLink } from '../state/app-state';
import { ClickHouseError } from '../remote/clickhouse-error';
import { fetchBundledSmallTables } from './bundled-files';
import { clusterTablesFor, credentialsFor, setClusterFetch } from './cluster-store';

/**
 * Fetches a cluster dataset (loaded on demand: nothing about ClickHouse is in the first
 * route's code). Targets, fees and events come from the cluster's tables when the analyst named
 * them, else from the bundled sample. The fetch's progress and outcome go to the cluster store,
 * for the Data page and the page's notice; a failure throws, and whatever was shown stays.
 */
export async function fetchCluster(datasetId: string, link: ClusterLink, signal?: AbortSignal): Promise<ClickHouseDataset> {
  const base = { url: link.url, table: link.table };
  setClusterFetch(datasetId, { state: 'loading', ...base });
  try {
    const chosen = clusterTablesFor(datasetId, link.table);
    const fallback = await fetchBundledSmallTables('sample');
    const connection = { url: link.url, ...credentialsFor(link.url) };
    const dataset = await fetchClickHouseDataset({ ...chosen, sales: link.table, mapping: link.map ?? {}, connection }, fallback, { signal });
    const smallTablesFromCluster = Boolean(chosen.targets || chosen.fees || chosen.events);
    setClusterFetch(datasetId, { state: 'loaded', ...base, ...dataset.sales, smallTablesFromCluster });
    return dataset;
  } catch (error) {
    const known = error instanceof ClickHouseError ? error : new ClickHouseError('other', error instanceof Error ? error.message : String(error));
    setClusterFetch(datasetId, { state: 'failed', ...base, code: known.code, detail: known.detail });
    throw known;
  }
}
