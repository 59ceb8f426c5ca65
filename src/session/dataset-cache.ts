import type { Engine } from '../engine/engine';
import { isPrebuilt, loadCanonicalDataset, type CanonicalFiles, type DatasetSource } from '../ingest/load-canonical';
import { loadUploadedDataset } from '../ingest/load-ingest';
import { isBundledDatasetId } from '../model/dataset';

export type ExpectedCounts = Parameters<typeof loadUploadedDataset>[3];

interface DatasetCacheDeps {
  /** The engine, started (or restarted) as needed. */
  engine: () => Promise<Engine>;
  /** Where a dataset's files come from (dataset-files.ts). */
  files: (datasetId: string) => Promise<DatasetSource>;
  /** Told which dataset is being loaded, and null when it is done. */
  loading: (datasetId: string | null) => void;
}

/**
 * The datasets loaded on the current engine: each loaded once, the first time a query asks for
 * it; a failed load is forgotten (unless a newer one has taken its place) so the next ask
 * retries. When the engine dies, every dataset goes with it (`clear`).
 */
export class DatasetCache {
  private readonly loads = new Map<string, Promise<Engine>>();

  constructor(private readonly deps: DatasetCacheDeps) {}

  /** An engine on which `datasetId` is loaded. */
  get(datasetId: string): Promise<Engine> {
    const known = this.loads.get(datasetId);
    if (known) return known;
    return this.remember(datasetId, this.load(datasetId));
  }

  /** Loads (or reloads) an uploaded dataset from its canonical files, checking the row counts. */
  install(datasetId: string, files: CanonicalFiles, expected?: ExpectedCounts): Promise<Engine> {
    const loading = this.deps.engine().then(async (ready) => {
      await loadUploadedDataset(ready, datasetId, files, expected);
      return ready;
    });
    return this.remember(datasetId, loading);
  }

  /** Drops the copy of one dataset (changed in another tab); true if there was one. */
  forget(datasetId: string): boolean {
    return this.loads.delete(datasetId);
  }

  clear(): void {
    this.loads.clear();
  }

  private remember(datasetId: string, loading: Promise<Engine>): Promise<Engine> {
    this.loads.set(datasetId, loading);
    loading.catch(() => {
      if (this.loads.get(datasetId) === loading) this.loads.delete(datasetId);
    });
    return loading;
  }

  private async load(datasetId: string): Promise<Engine> {
    const files = this.deps.files(datasetId);
    // Fetched while the engine starts; a failure is reported by the await below, not as unhandled.
    files.catch(() => undefined);
    const ready = await this.deps.engine();
    const loaded = await files;
    this.deps.loading(datasetId);
    try {
      // Bundled datasets (CSVs or a prebuilt database file, only ever bundled) load as they are;
      // every other dataset (stored, carried by the link, remote, a cluster's) is checked as an upload is.
      await (isBundledDatasetId(datasetId) || isPrebuilt(loaded)
        ? loadCanonicalDataset(ready, datasetId, loaded)
        : loadUploadedDataset(ready, datasetId, loaded));
    } finally {
      this.deps.loading(null);
    }
    return ready;
  }
}
