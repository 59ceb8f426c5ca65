// The datasets of a visit on a real DuckDB-WASM (Node bundle): each loaded once, whoever asks;
// a failed load is retried on the next ask; forgetting one loads it anew.
import { describe, expect, test } from 'vitest';
import { numberColumn, quoteIdent } from '../../src/engine/engine';
import type { CanonicalFiles } from '../../src/ingest/load-canonical';
import { datasetSchema } from '../../src/model/dataset';
import { DatasetCache } from '../../src/session/dataset-cache';
import { bundledFiles, useNodeEngine } from '../support/node-engine';

describe('the datasets loaded on the engine', () => {
  const engine = useNodeEngine();

  function cache(files: (id: string) => Promise<CanonicalFiles>) {
    const asked: string[] = [];
    const loading: (string | null)[] = [];
    const datasets = new DatasetCache({
      engine: () => Promise.resolve(engine),
      files: (id) => {
        asked.push(id);
        return files(id);
      },
      loading: (id) => loading.push(id),
    });
    return { datasets, asked, loading };
  }

  const sales = async (id: string) => numberColumn(await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(datasetSchema(id))}.sales`), 'n')[0];

  test('two panels asking at once load the bundled data once; the page is told while it loads', async () => {
    const { datasets, asked, loading } = cache(async () => bundledFiles('public'));
    const [a, b] = await Promise.all([datasets.get('public'), datasets.get('public')]);
    expect(a).toBe(b);
    expect(asked).toEqual(['public']);
    expect(loading).toEqual(['public', null]);
    expect(await sales('public')).toBeGreaterThan(0);
  });

  test('a failed load is not kept: the next ask tries again', async () => {
    let fail = true;
    const { datasets, asked } = cache(async () => {
      if (fail) throw new Error('offline');
      return bundledFiles('public');
    });
    await expect(datasets.get('public')).rejects.toThrow('offline');
    fail = false;
    await datasets.get('public');
    expect(asked).toEqual(['public', 'public']);
  });

  test('a dataset forgotten (changed in another tab) or cleared (engine restarted) loads anew', async () => {
    const { datasets, asked } = cache(async () => bundledFiles('public'));
    await datasets.get('public');
    expect(datasets.forget('public')).toBe(true);
    expect(datasets.forget('public')).toBe(false);
    await datasets.get('public');
    datasets.clear();
    await datasets.get('public');
    expect(asked).toEqual(['public', 'public', 'public']);
  });
});
