import type { CanonicalFiles } from '../ingest/load-canonical';
import { canonicalFilesOf } from '../ingest/load-ingest';
import { prepareIngest } from '../ingest/prepare-ingest';

const unreachable = (url: string) => `${url} could not be downloaded. The host may be down, or it does not allow other sites to read the file (CORS).`;

/** Parquet over HTTP: the footer and then only the needed column chunks, by range requests. */
async function downloadParquetAsCsv(url: string, name: string): Promise<Uint8Array> {
  // Loaded only for Parquet links: the executive's first paint does not pay for the reader.
  const [{ asyncBufferFromUrl, cachedAsyncBuffer }, { parquetToCsv }] = await Promise.all([import('hyparquet'), import('../ingest/parquet-to-csv')]);
  let file;
  try {
    file = cachedAsyncBuffer(await asyncBufferFromUrl({ url, requestInit: { credentials: 'omit', redirect: 'follow' } }));
  } catch {
    throw new Error(unreachable(url));
  }
  try {
    return (await parquetToCsv(file, 'sales')).csv;
  } catch (error) {
    throw new Error(`${name} could not be read as Parquet: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Downloads the CSV (or Parquet) file a link names and runs it through the same ingest as an upload (sniffing,
 * mapping, validation). Sales files only: the link has no way to say how to map anything else.
 */
export async function loadRemoteCsv(url: string): Promise<CanonicalFiles> {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'data.csv');
  const bytes = /\.parquet$/i.test(name) ? await downloadParquetAsCsv(url, name) : await downloadCsv(url);
  const prepared = await prepareIngest({ fileName: name, bytes, kind: 'sales' });
  if (prepared.report.refused) throw new Error(prepared.report.reason ?? `${name} could not be read.`);
  const question = prepared.report.questions[0];
  if (question) throw new Error(`${name}: the dates in "${question.column}" read as ${question.choices.join(' or ')}; upload the file on the Data page to choose.`);
  return canonicalFilesOf([prepared]);
}

async function downloadCsv(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    throw new Error(unreachable(url));
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}.`);
  return new Uint8Array(await response.arrayBuffer());
}
