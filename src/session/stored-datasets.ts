import { message, MessageError } from '../i18n/message';
import type { CanonicalFiles } from '../ingest/load-canonical';
import { canonicalFilesFromText, canonicalFilesToText } from '../ingest/load-ingest';
import { TABLE_NAMES } from '../model/schema';
import { decodeEmbedded, embeddedDatasetId, encodeEmbedded, MAX_EMBEDDED_CHARS } from '../state/embedded-data';
import type { StoredDataset } from '../storage/stored-dataset';
import { openUploadStore } from '../storage/upload-store';

/** The canonical files of an uploaded dataset kept in this browser, or a clear error. */
export async function readStoredDataset(datasetId: string): Promise<CanonicalFiles> {
  return storedCanonicalFiles(datasetId, await (await openUploadStore()).get(datasetId));
}

/** The canonical files of a dataset read from the store (null: not stored), or a clear error. */
export function storedCanonicalFiles(datasetId: string, stored: StoredDataset | null): CanonicalFiles {
  if (!stored) throw new MessageError(message('dataset.notStored', { dataset: datasetId }));
  const files = {} as CanonicalFiles;
  for (const table of TABLE_NAMES) {
    const file = stored.files.find((f) => f.name === `${table}.csv`);
    if (!file) throw new MessageError(message('dataset.incomplete', { dataset: datasetId, table }));
    files[table] = { name: file.name, bytes: file.bytes };
  }
  return files;
}

/** The canonical files carried by a share link, after its size-capped unpacking. */
export async function readEmbeddedDataset(datasetId: string, payload: string | null): Promise<CanonicalFiles> {
  if (!payload || embeddedDatasetId(payload) !== datasetId) throw new MessageError(message('link.dataMissing'));
  const decoded = await decodeEmbedded(payload);
  if (!decoded.ok) throw new MessageError(message('link.dataUnreadable', { reason: decoded.reason }));
  return canonicalFilesFromText(decoded.value.files);
}

export type EmbedResult = { ok: true; payload: string } | { ok: false; chars: number };

/** Packs a stored dataset for a link, or says how large it would be when it does not fit. */
export async function embedStoredDataset(datasetId: string, name: string): Promise<EmbedResult> {
  const payload = await encodeEmbedded({ name, files: canonicalFilesToText(await readStoredDataset(datasetId)) });
  return payload.length <= MAX_EMBEDDED_CHARS ? { ok: true, payload } : { ok: false, chars: payload.length };
}
