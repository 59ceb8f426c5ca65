import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createNodeEngine } from '../../src/engine/node-engine';
import type { Engine } from '../../src/engine/engine';
import { loadCanonicalDataset, type CanonicalFiles } from '../../src/ingest/load-canonical';
import { BUNDLED_DATASET_IDS, type BundledDatasetId } from '../../src/model/dataset';
import { SHARED_DIR } from './shared-dir';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = SHARED_DIR;

/** The bundled files of a dataset, read from data/ exactly as the browser fetches them from dist/. */
export function bundledFiles(id: BundledDatasetId): CanonicalFiles {
  const dir = path.join(ROOT, 'data', id);
  const read = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) });
  return {
    sales: read(id === 'sample' ? 'sales.csv.gz' : 'sales.csv'),
    targets: read('targets.csv'),
    platform_fees: read('platform_fees.csv'),
    events: read('events.csv'),
  };
}

/** A real DuckDB-WASM (blocking Node bundle) with every bundled dataset loaded. */
export async function engineWithBundledData(): Promise<Engine> {
  const engine = await createNodeEngine();
  for (const id of BUNDLED_DATASET_IDS) await loadCanonicalDataset(engine, id, bundledFiles(id));
  return engine;
}
