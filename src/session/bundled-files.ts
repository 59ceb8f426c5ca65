import { message, MessageError } from '../i18n/message';
import type { CanonicalFiles } from '../ingest/load-canonical';
import type { BundledDatasetId } from '../model/dataset';
import type { TableName } from '../model/schema';
import sampleSales from '../../data/sample/sales.csv.gz?url';
import sampleTargets from '../../data/sample/targets.csv?url';
import sampleFees from '../../data/sample/platform_fees.csv?url';
import sampleEvents from '../../data/sample/events.csv?url';
import publicSales from '../../data/public/sales.csv?url';
import publicTargets from '../../data/public/targets.csv?url';
import publicFees from '../../data/public/platform_fees.csv?url';
import publicEvents from '../../data/public/events.csv?url';

/** The bundled files, emitted into dist/ by Vite and fetched from our own origin. */
const URLS: Record<BundledDatasetId, Record<TableName, { name: string; url: string }>> = {
  sample: {
    sales: { name: 'sales.csv.gz', url: sampleSales },
    targets: { name: 'targets.csv', url: sampleTargets },
    platform_fees: { name: 'platform_fees.csv', url: sampleFees },
    events: { name: 'events.csv', url: sampleEvents },
  },
  public: {
    sales: { name: 'sales.csv', url: publicSales },
    targets: { name: 'targets.csv', url: publicTargets },
    platform_fees: { name: 'platform_fees.csv', url: publicFees },
    events: { name: 'events.csv', url: publicEvents },
  },
};

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new MessageError(message('dataset.downloadFailed', { url, status: response.status }));
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchBundledFiles(id: BundledDatasetId): Promise<CanonicalFiles> {
  const entries = await Promise.all(
    Object.entries(URLS[id]).map(async ([table, file]) => [table, { name: file.name, bytes: await fetchBytes(file.url) }] as const),
  );
  return Object.fromEntries(entries) as CanonicalFiles;
}
