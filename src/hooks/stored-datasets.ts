import type { CanonicalFiles } from '../ingest/load-canonical';
import { TABLE_NAMES } from '../model/schema';
import { openUploadStore } from '../storage/upload-store';

/** The canonical files of an uploaded dataset kept in this browser, or a clear error. */
export async function readStoredDataset(datasetId: string): Promise<CanonicalFiles> {
  const store = await openUploadStore();
  const stored = await store.get(datasetId);
  if (!stored) throw new Error(`Dataset "${datasetId}" is not stored in this browser. Upload its files again on the Data page.`);
  const files = {} as CanonicalFiles;
  for (const table of TABLE_NAMES) {
    const file = stored.files.find((f) => f.name === `${table}.csv`);
    if (!file) throw new Error(`Dataset "${datasetId}" is incomplete in this browser's storage (no ${table}); upload it again.`);
    files[table] = { name: file.name, bytes: file.bytes };
  }
  return files;
}
