import { message, MessageError } from '../i18n/message';
import type { CanonicalFiles, DatasetSource } from '../ingest/load-canonical';
import { isBundledDatasetId, isClickHouseDatasetId, isEmbeddedDatasetId, isRemoteDatasetId, isUploadedDatasetId } from '../model/dataset';
import type { ClusterLink } from '../state/app-state';
import { fetchBundledDataset } from './bundled-files';
import type { SourceApprovals } from './source-approvals';
import { readEmbeddedDataset, readStoredDataset } from './stored-datasets';

/** What the link being viewed carries beside its filters: its own data, or where to get it. */
export interface LinkData {
  /** `#data=…`: the data itself, packed into the link. */
  embedded: string | null;
  /** `#src=…`: the web address of a CSV or Parquet file. */
  source: string | null;
  /** `#ch=…&ch_table=…`: a ClickHouse cluster that sums the sales. */
  cluster: ClusterLink | null;
}

/**
 * A dataset's canonical files, from where its id says they live: the site's bundled files, the
 * link, a web address or a cluster (once the viewer agrees), or this browser's storage.
 */
export function datasetFiles(datasetId: string, link: LinkData, approvals: SourceApprovals): Promise<DatasetSource> {
  if (isBundledDatasetId(datasetId)) return fetchBundledDataset(datasetId);
  if (isEmbeddedDatasetId(datasetId)) return readEmbeddedDataset(datasetId, link.embedded);
  if (isRemoteDatasetId(datasetId)) return readRemote(link.source, approvals);
  if (isClickHouseDatasetId(datasetId)) return readCluster(datasetId, link.cluster, approvals);
  if (isUploadedDatasetId(datasetId)) return readStoredDataset(datasetId);
  return Promise.reject(new MessageError(message('dataset.unknown', { dataset: datasetId })));
}

/** Waits for the viewer's agreement, then downloads and reads the link's CSV. */
async function readRemote(url: string | null, approvals: SourceApprovals): Promise<CanonicalFiles> {
  if (!url) throw new MessageError(message('link.dataAddressMissing'));
  await approvals.waitFor(url);
  // The CSV and Parquet readers load only for links that carry a web address.
  const { loadRemoteCsv } = await import('./remote-source');
  return loadRemoteCsv(url);
}

/** Waits for the viewer's agreement, then asks the link's cluster for the summed sales. */
async function readCluster(datasetId: string, link: ClusterLink | null, approvals: SourceApprovals): Promise<CanonicalFiles> {
  if (!link) throw new MessageError(message('link.dataAddressMissing'));
  await approvals.waitFor(link.url);
  // The ClickHouse client loads only when a cluster is asked for.
  const { fetchCluster } = await import('./clickhouse-source');
  return (await fetchCluster(datasetId, link)).files;
}
