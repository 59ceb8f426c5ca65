import { useClusterFetch } from '../../hooks/use-cluster-fetch';
import { ClusterError } from './ClusterError';

/**
 * A link's cluster could not be read: the page says why and what to do (the Data page's form
 * says it there, so this stays hidden on that page).
 */
export function ClusterNotice({ dataset, hidden }: { dataset: string; hidden: boolean }) {
  const fetched = useClusterFetch(dataset);
  if (hidden || fetched?.state !== 'failed') return null;
  return <ClusterError code={fetched.code} detail={fetched.detail} host={new URL(fetched.url).host} table={fetched.table} />;
}
