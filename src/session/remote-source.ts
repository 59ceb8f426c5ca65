import { errorMessage, message, MessageError, orList } from '../i18n/message';
import type { CanonicalFiles } from '../ingest/load-canonical';
import { canonicalFilesOf } from '../ingest/load-ingest';
import { prepareIngest } from '../ingest/prepare-ingest';

const unreachable = (url: string) => new MessageError(message('ingest.remote.unreachable', { url }));

/** Parquet over HTTP: the footer and then only the needed column chunks, by range requests. */
async function downloadParquetAsCsv(url: string, name: string): Promise<Uint8Array> {
  // Loaded only for Parquet links: the executive's first paint does not pay for the reader.
  const [{ asyncBufferFromUrl, cachedAsyncBuffer }, { parquetToCsv }] = await Promise.all([import('hyparquet'), import('../ingest/parquet-to-csv')]);
  let file;
  try {
    file = cachedAsyncBuffer(await asyncBufferFromUrl({ url, requestInit: { credentials: 'omit', redirect: 'follow' } }));
  } catch {
    throw unreachable(url);
  }
  try {
    return (await parquetToCsv(file, 'sales')).csv;
  } catch (error) {
    throw new MessageError(message('ingest.remote.notParquet', { file: name, detail: errorMessage(error) }), { cause: error });
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
  if (prepared.report.refused) throw new MessageError(prepared.report.reason ?? message('ingest.remote.unreadable', { file: name }));
  const question = prepared.report.questions[0];
  if (question) throw new MessageError(message('ingest.remote.ambiguousDates', { file: name, column: question.column, formats: orList(question.choices) }));
  return canonicalFilesOf([prepared]);
}

async function downloadCsv(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    throw unreachable(url);
  }
  if (!response.ok) throw new MessageError(message('ingest.remote.status', { url, status: response.status, statusText: response.statusText }));
  return new Uint8Array(await response.arrayBuffer());
}
