// A dataset reloaded while the dashboard queries it (a second upload, a reload from storage after
// a crash): readers see the old copy or the new one, whole, never a mix; a failed load leaves the
// old copy; two loads of one dataset end with the one asked for last. Real DuckDB-WASM in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/engine/node-engine';
import { numberColumn, textColumn, type Engine } from '../../src/engine/engine';
import { appendCanonical } from '../../src/ingest/append-canonical';
import { loadCanonicalDataset, type CanonicalFiles } from '../../src/ingest/load-canonical';
import { TABLE_NAMES } from '../../src/model/schema';
import { bundledFiles } from '../support/node-engine';

const ID = 'u_00000000swap';
const COUNTS_SQL = TABLE_NAMES.map((t) => `(SELECT count(*) FROM "ds_${ID}"."${t}")::DOUBLE AS ${t}`).join(', ');

async function counts(engine: Engine): Promise<string> {
  const result = await engine.query(`SELECT ${COUNTS_SQL}`);
  return TABLE_NAMES.map((t) => numberColumn(result, t)[0]).join('/');
}

/** Queries the dataset over and over until `work` ends; returns every distinct state seen. */
async function observeDuring(engine: Engine, work: Promise<unknown>): Promise<{ seen: Set<string>; errors: string[] }> {
  const seen = new Set<string>();
  const errors: string[] = [];
  let done = false;
  const finished = work.finally(() => {
    done = true;
  });
  while (!done) {
    try {
      seen.add(await counts(engine));
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  await finished;
  return { seen, errors };
}

describe('reloading a dataset while it is queried', () => {
  let engine: Engine;
  const v1: CanonicalFiles = bundledFiles('public');
  // Every table twice as long: any mix of old and new tables is visible in the counts.
  const v2: CanonicalFiles = appendCanonical(v1, v1);
  let before = '';
  let after = '';

  beforeAll(async () => {
    engine = await createNodeEngine();
    await loadCanonicalDataset(engine, ID, v1);
    before = await counts(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('readers see the old tables or the new ones, all four at once, and never an error', async () => {
    const { seen, errors } = await observeDuring(engine, loadCanonicalDataset(engine, ID, v2));
    after = await counts(engine);
    expect(after).not.toBe(before);
    expect(after.split('/').map(Number)).toEqual(before.split('/').map((n) => Number(n) * 2));
    expect(errors).toEqual([]);
    // Queries did run between the load's statements: the test would see a half-swapped dataset.
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].filter((state) => state !== before && state !== after)).toEqual([]);
  });

  it('a load that fails (a bad row DuckDB refuses) leaves the previous copy and no staging tables', async () => {
    const broken: CanonicalFiles = {
      ...v1,
      events: { name: 'events.csv', bytes: new TextEncoder().encode('date,retailer,label,source_url\nnot-a-date,X,Y,Z\n') },
    };
    const { seen, errors } = await observeDuring(
      engine,
      loadCanonicalDataset(engine, ID, broken).catch(() => undefined),
    );
    await expect(loadCanonicalDataset(engine, ID, broken)).rejects.toThrow();
    expect(errors).toEqual([]);
    expect([...seen]).toEqual([after]);
    expect(await counts(engine)).toBe(after);
    const tables = await engine.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'ds_${ID}' ORDER BY 1`);
    expect(textColumn(tables, 'table_name')).toEqual([...TABLE_NAMES].sort());
  });

  it('a load whose DuckDB count differs from what validation accepted is never shown', async () => {
    const expected = { sales: 1, targets: 1, platform_fees: 1, events: 1 };
    await expect(loadCanonicalDataset(engine, ID, v1, expected)).rejects.toThrow(/validation accepted/);
    expect(await counts(engine)).toBe(after);
  });

  it('two loads of one dataset asked for in a row end with the second, whatever their sizes', async () => {
    // v2 is the larger, slower load: it is asked for first and must not overwrite v1.
    const first = loadCanonicalDataset(engine, ID, v2);
    const second = loadCanonicalDataset(engine, ID, v1);
    await Promise.all([first, second]);
    expect(await counts(engine)).toBe(before);
  });
});
