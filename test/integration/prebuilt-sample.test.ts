// The page loads the bundled sample from data/sample/sample.duckdb.gz (built by
// data/build-sample-database.ts) instead of parsing its CSVs. This checks, on real DuckDB-WASM in
// Node under the page's lockdown, that the copy it makes is the load of the CSVs: same columns and
// types, same rows in the same order, same summary tables. It fails when the file is stale (the
// CSVs or the summary SQL changed without `npm run data:database`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberColumn, quoteIdent, type Engine } from '../../src/engine/engine';
import { createNodeEngine } from '../../src/engine/node-engine';
import { loadCanonicalDataset, type PrebuiltDataset } from '../../src/ingest/load-canonical';
import { datasetCubeSchema, datasetSchema } from '../../src/model/dataset';
import { TABLE_NAMES } from '../../src/model/schema';
import { CUBE_TABLES } from '../../src/queries/table-ref';
import { bundledFiles, prebuiltSample } from '../support/node-engine';

const FROM_CSV = 'sample';
const FROM_FILE = 'sample_prebuilt';
const STALE = 'stale or wrong: run `npm run data:database` and commit data/sample/sample.duckdb.gz';

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadCanonicalDataset(engine, FROM_CSV, bundledFiles('sample'));
  await loadCanonicalDataset(engine, FROM_FILE, await prebuiltSample());
});
afterAll(() => engine.close());

const tableOf = (dataset: string, table: string, cube = false) =>
  `${quoteIdent(cube ? datasetCubeSchema(dataset) : datasetSchema(dataset))}.${quoteIdent(table)}`;

async function columnsOf(table: string): Promise<string[]> {
  const result = await engine.query(`SELECT column_name || ' ' || column_type AS c FROM (DESCRIBE ${table})`);
  return result.columns.c as string[];
}

/** Rows of `a` missing from `b`, counted with repeats; `ordered` also compares each row's position. */
async function missing(a: string, b: string, ordered: boolean): Promise<number> {
  const select = (t: string) => (ordered ? `SELECT rowid AS position, * FROM ${t}` : `SELECT * FROM ${t}`);
  const result = await engine.query(`SELECT count(*)::DOUBLE AS n FROM (${select(a)} EXCEPT ALL ${select(b)})`);
  return numberColumn(result, 'n')[0] ?? Number.NaN;
}

describe('the prebuilt sample database', () => {
  it.each(TABLE_NAMES)('holds the same %s table as a load of the CSVs, row for row', async (table) => {
    const [csv, file] = [tableOf(FROM_CSV, table), tableOf(FROM_FILE, table)];
    expect(await columnsOf(file), STALE).toEqual(await columnsOf(csv));
    const counts = await engine.query(`SELECT (SELECT count(*) FROM ${csv})::DOUBLE AS csv, (SELECT count(*) FROM ${file})::DOUBLE AS file`);
    expect(numberColumn(counts, 'file')[0], STALE).toBe(numberColumn(counts, 'csv')[0]);
    expect(numberColumn(counts, 'csv')[0]).toBeGreaterThan(0);
    expect(await missing(csv, file, true), STALE).toBe(0);
    expect(await missing(file, csv, true), STALE).toBe(0);
  });

  it.each(CUBE_TABLES)('holds the same %s summary table as the page builds from the CSVs', async (table) => {
    const [csv, file] = [tableOf(FROM_CSV, table, true), tableOf(FROM_FILE, table, true)];
    expect(await columnsOf(file), STALE).toEqual(await columnsOf(csv));
    expect(await missing(csv, file, false), STALE).toBe(0);
    expect(await missing(file, csv, false), STALE).toBe(0);
  });

  it('is let go once copied: nothing stays attached and its bytes are unregistered', async () => {
    const attached = await engine.query(`SELECT database_name AS name FROM duckdb_databases() WHERE NOT internal`);
    expect(attached.columns.name).toEqual(['memory']);
    await expect(engine.exec(`ATTACH 'bundled/${FROM_FILE}/sample.duckdb' AS left_behind (READ_ONLY)`)).rejects.toThrow();
  });

  it('leaves the loaded copy as it was when a database file is broken, and says so', async () => {
    const before = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${tableOf(FROM_FILE, 'sales')}`);
    const good = await prebuiltSample();
    const broken: PrebuiltDataset = { database: { name: 'sample.duckdb', bytes: good.database.bytes.slice(0, 300_000) } };
    await expect(loadCanonicalDataset(engine, FROM_FILE, broken)).rejects.toThrow();
    const after = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${tableOf(FROM_FILE, 'sales')}`);
    expect(numberColumn(after, 'n')).toEqual(numberColumn(before, 'n'));
    const attached = await engine.query(`SELECT database_name AS name FROM duckdb_databases() WHERE NOT internal`);
    expect(attached.columns.name).toEqual(['memory']);
  });

  it('unpacks to a DuckDB database file', async () => {
    const { database } = await prebuiltSample();
    // DuckDB's file header: 8 bytes of checksum, then "DUCK".
    expect(new TextDecoder().decode(database.bytes.subarray(8, 12))).toBe('DUCK');
  });
});
