import type { CanonicalFiles } from '../ingest/load-canonical';
import { canonicalFilesOf } from '../ingest/load-ingest';
import { prepareIngest } from '../ingest/prepare-ingest';

/**
 * Downloads the CSV a link names and runs it through the same ingest as an upload (sniffing,
 * mapping, validation). Sales files only: the link has no way to say how to map anything else.
 */
export async function loadRemoteCsv(url: string): Promise<CanonicalFiles> {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'data.csv');
  if (/\.parquet$/i.test(name)) {
    throw new Error(`${name} is a Parquet file: this build of Cible reads CSV only (DuckDB's Parquet reader is an extension it does not download). Share a CSV instead.`);
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    throw new Error(`${url} could not be downloaded. The host may be down, or it does not allow other sites to read the file (CORS).`);
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}.`);
  const prepared = await prepareIngest({ fileName: name, bytes: new Uint8Array(await response.arrayBuffer()), kind: 'sales' });
  if (prepared.report.refused) throw new Error(prepared.report.reason ?? `${name} could not be read.`);
  const question = prepared.report.questions[0];
  if (question) throw new Error(`${name}: the dates in "${question.column}" read as ${question.choices.join(' or ')}; upload the file on the Data page to choose.`);
  return canonicalFilesOf([prepared]);
}
