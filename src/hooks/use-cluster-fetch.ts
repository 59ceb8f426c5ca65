import { useSyncExternalStore } from 'react';
import { clusterFetchOf, subscribeClusterFetches, type ClusterFetch } from '../session/cluster-store';

/** Where the fetch of a cluster dataset stands (undefined: never asked in this tab), kept current. */
export function useClusterFetch(datasetId: string | null): ClusterFetch | undefined {
  return useSyncExternalStore(subscribeClusterFetches, () => clusterFetchOf(datasetId));
}
