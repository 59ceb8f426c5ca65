import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createNodeEngine } from '../../src/engine/node-engine';
import type { Engine } from '../../src/engine/engine';
import { gunzip } from '../../src/ingest/gzip';
import { loadCanonicalDataset, type CanonicalFiles, type DatasetSource, type PrebuiltDataset } from '../../src/ingest/load-canonical';
import { BUNDLED_DATASET_IDS, type BundledDatasetId } from '../../src/model/dataset';
import type { BuiltQuery } from '../../src/queries/built-query';
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

/** The sample's prebuilt database file (data/build-sample-database.ts), unpacked as the page does. */
export async function prebuiltSample(): Promise<PrebuiltDataset> {
  const packed = new Uint8Array(readFileSync(path.join(ROOT, 'data', 'sample', 'sample.duckdb.gz')));
  return { database: { name: 'sample.duckdb', bytes: await gunzip(packed) } };
}

/** A bundled dataset as the page loads it: the sample from its database file, `public` from its CSVs. */
async function bundledSource(id: BundledDatasetId): Promise<DatasetSource> {
  return id === 'sample' ? prebuiltSample() : bundledFiles(id);
}

/** A real DuckDB-WASM (blocking Node bundle) with every bundled dataset loaded as the page loads it. */
export async function engineWithBundledData(): Promise<Engine> {
  const engine = await createNodeEngine();
  for (const id of BUNDLED_DATASET_IDS) await loadCanonicalDataset(engine, id, await bundledSource(id));
  return engine;
}

/**
 * A real engine for the tests of the enclosing file or describe: started (with every bundled
 * dataset when `bundled`) before them, closed after. The handle forwards to that engine, so it
 * is used like one inside tests and hooks.
 */
export function useNodeEngine({ bundled = false }: { bundled?: boolean } = {}): Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = bundled ? await engineWithBundledData() : await createNodeEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return new Proxy({} as Engine, {
    get(_, key) {
      if (!engine) throw new Error('The engine starts in beforeAll: use it inside a test or a hook.');
      const value: unknown = Reflect.get(engine, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(engine) : value;
    },
  });
}

/** Runs a named query's SQL on `engine` and reads the rows with the query's own reader. */
export function queryRunner(engine: Engine) {
  return async <T>(query: BuiltQuery, read: (result: Awaited<ReturnType<Engine['query']>>) => T): Promise<T> =>
    read(await engine.query(query.sql, query.params));
}
