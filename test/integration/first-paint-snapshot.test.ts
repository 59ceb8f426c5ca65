import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFirstPaintSnapshot } from '../../src/cli/first-paint-snapshot';
import type { Engine } from '../../src/engine/engine';
import { overviewQueries, shellQueries } from '../../src/queries/overview-queries';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { decodeResult, snapshotKey, type FirstPaintSnapshot } from '../../src/state/first-paint-snapshot';
import { engineWithBundledData, ROOT } from '../support/node-engine';

describe('the build-time snapshot of the default view', () => {
  let engine: Engine;
  let snapshot: FirstPaintSnapshot;

  beforeAll(async () => {
    [engine, snapshot] = await Promise.all([engineWithBundledData(), computeFirstPaintSnapshot(path.join(ROOT, 'data'))]);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('holds every query the default view runs, under the key the page looks it up by, with the live answer', async () => {
    const queries = [...Object.values(overviewQueries(DEFAULT_FILTERS)), ...Object.values(shellQueries(DEFAULT_FILTERS))];
    expect(Object.keys(snapshot.results)).toHaveLength(queries.length);
    for (const query of queries) {
      const stored = snapshot.results[snapshotKey(DEFAULT_FILTERS.dataset, query.sql, query.params)];
      expect(stored, query.sql.slice(0, 80)).toBeDefined();
      expect(decodeResult(stored!)).toEqual(await engine.query(query.sql, query.params));
    }
  });
});
