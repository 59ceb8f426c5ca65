import { message, MessageError } from '../i18n/message';
import { gunzipInSlices } from '../ingest/file-bytes';
import { isGzip } from '../ingest/gzip';
import { downloadOffThread } from './database-download';
import type { CanonicalFile, CanonicalFiles, DatasetSource } from '../ingest/load-canonical';
import type { BundledDatasetId } from '../model/dataset';
import type { TableName } from '../model/schema';
import sampleDatabase from '../../data/sample/sample.duckdb.gz?url';
import sampleTargets from '../../data/sample/targets.csv?url';
import sampleFees from '../../data/sample/platform_fees.csv?url';
import sampleEvents from '../../data/sample/events.csv?url';
import publicSales from '../../data/public/sales.csv?url';
import publicTargets from '../../data/public/targets.csv?url';
import publicFees from '../../data/public/platform_fees.csv?url';
import publicEvents from '../../data/public/events.csv?url';

type SmallTable = Exclude<TableName, 'sales'>;
type FileUrl = { name: string; url: string };

/** The bundled files, emitted into dist/ by Vite and fetched from our own origin. */
const SMALL_TABLES: Record<BundledDatasetId, Record<SmallTable, FileUrl>> = {
  sample: {
    targets: { name: 'targets.csv', url: sampleTargets },
    platform_fees: { name: 'platform_fees.csv', url: sampleFees },
    events: { name: 'events.csv', url: sampleEvents },
  },
  public: {
    targets: { name: 'targets.csv', url: publicTargets },
    platform_fees: { name: 'platform_fees.csv', url: publicFees },
    events: { name: 'events.csv', url: publicEvents },
  },
};

/**
 * How each dataset's sales reach the page. The sample ships as a database file built from its
 * CSVs (data/build-sample-database.ts) holding every table and the summary: the page copies its
 * tables instead of parsing and summing 200,000 rows. Its CSVs stay in data/ for the first-paint
 * snapshot and the tests, which check the file against them. `public` (7 rows) gains nothing.
 */
const SALES: Record<BundledDatasetId, { database: FileUrl } | { csv: FileUrl }> = {
  sample: { database: { name: 'sample.duckdb', url: sampleDatabase } },
  public: { csv: { name: 'sales.csv', url: publicSales } },
};

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new MessageError(message('dataset.downloadFailed', { url, status: response.status }));
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchFile({ name, url }: FileUrl): Promise<CanonicalFile> {
  return { name, bytes: await fetchBytes(url) };
}

/** A bundled dataset's targets, fee schedules and events (what a cluster's sales are shown against). */
export async function fetchBundledSmallTables(id: BundledDatasetId): Promise<Omit<CanonicalFiles, 'sales'>> {
  const entries = await Promise.all(Object.entries(SMALL_TABLES[id]).map(async ([table, file]) => [table, await fetchFile(file)] as const));
  return Object.fromEntries(entries) as Omit<CanonicalFiles, 'sales'>;
}

/** What the page loads a bundled dataset from: its prebuilt database file, or its CSVs. */
export async function fetchBundledDataset(id: BundledDatasetId): Promise<DatasetSource> {
  const sales = SALES[id];
  if ('csv' in sales) {
    const [small, salesFile] = await Promise.all([fetchBundledSmallTables(id), fetchFile(sales.csv)]);
    return { ...small, sales: salesFile };
  }
  const { name, url } = sales.database;
  const answer = await downloadOffThread(new URL(url, document.baseURI).href, async () => {
    const bytes = await fetchBytes(url);
    // Some static hosts serve `.gz` files with Content-Encoding: gzip: the browser then hands
    // over the database itself. The magic bytes say which.
    return isGzip(bytes) ? gunzipInSlices(bytes) : bytes;
  });
  if ('status' in answer) throw new MessageError(message('dataset.downloadFailed', { url, status: answer.status }));
  // As fetch itself fails (offline, refused): a TypeError the engine's callers already handle.
  if ('failed' in answer) throw new TypeError(answer.failed);
  return { database: { name, bytes: answer.bytes } };
}
