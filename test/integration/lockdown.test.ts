// The engine is locked from the moment it opens: no file outside the loaders' folders, no URL, no
// extension, no way back. Run on DuckDB-WASM's blocking Node bundle; the browser build is checked
// against a loopback listener in test/e2e/console.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/engine/engine';
import { isLockdownRefusal } from '../../src/engine/lockdown';
import { datasetRowCounts, loadPlainTable, loadPreparedDataset } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { useLoopbackListener } from '../support/loopback-listener';
import { ROOT, useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });
const listener = useLoopbackListener('a,b\n1,2\n');

async function refusal(sql: string): Promise<QueryError> {
  const error = await engine.query(sql).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, sql).toBeInstanceOf(QueryError);
  return error as QueryError;
}

describe('a locked engine', () => {
  it('reports external access off and its configuration locked', async () => {
    const result = await engine.query(
      "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access', 'lock_configuration', 'allowed_directories') ORDER BY name",
    );
    expect(result.columns.name).toEqual(['allowed_directories', 'enable_external_access', 'lock_configuration']);
    expect(result.columns.value).toEqual(['[bundled/, uploads/]', 'false', 'true']);
  });

  it.each([
    ['COPY … TO a URL', () => `COPY (SELECT 1 AS x) TO '${listener.base}/x.csv'`],
    ['COPY … TO a file outside the loaders’ folders', () => "COPY (SELECT 1 AS x) TO 'elsewhere/x.csv'"],
    ['COPY … FROM a URL', () => `COPY ds_sample.events FROM '${listener.base}/events.csv'`],
    ['ATTACH a URL', () => `ATTACH '${listener.base}/db.duckdb' AS remote`],
    ['ATTACH a local file', () => "ATTACH 'stolen.duckdb' AS stolen"],
    ['read_csv of a URL', () => `SELECT * FROM read_csv('${listener.base}/a.csv')`],
    ['read_text of a URL', () => `SELECT * FROM read_text('${listener.base}/a.txt')`],
    ['a path that climbs out of an allowed folder', () => "SELECT * FROM read_csv('uploads/../secret.csv')"],
    ['globbing the file system', () => "SELECT * FROM glob('*')"],
    ['LOAD of a known extension', () => 'LOAD httpfs'],
    ['LOAD of an extension from a URL', () => `LOAD '${listener.base}/x.duckdb_extension.wasm'`],
    ['switching external access back on', () => 'SET enable_external_access = true'],
    ['unlocking the configuration', () => 'SET lock_configuration = false'],
    ['widening the allowed folders', () => "SET allowed_directories = ['/']"],
    ['turning extension auto-install back on', () => 'SET autoinstall_known_extensions = true'],
    ['pointing extensions at another repository', () => `SET custom_extension_repository = '${listener.base}'`],
    ['EXPORT DATABASE', () => "EXPORT DATABASE 'elsewhere/dump'"],
  ])('refuses %s with a lockdown message', async (_label, sql) => {
    const error = await refusal(sql());
    expect(error.message).toMatch(/Permission Error|configuration has been locked|disabled/);
    expect(isLockdownRefusal(error.message)).toBe(true);
  });

  it('treats INSTALL … FROM a URL as a no-op that fetches nothing (DuckDB-WASM installs on LOAD), and the LOAD after it is refused', async () => {
    // DuckDB-WASM answers INSTALL with success without downloading anything: extensions are only
    // fetched by LOAD. The console refuses INSTALL itself so the analyst never sees a "success".
    await engine.exec(`INSTALL httpfs FROM '${listener.base}/'`);
    const error = await refusal('LOAD httpfs');
    expect(error.message).toMatch(/Loading external extensions is disabled/);
  });

  it('still answers SELECTs on the loaded tables, qualified or through search_path', async () => {
    const qualified = await engine.query('SELECT count(*)::DOUBLE AS n FROM ds_sample.sales');
    expect((qualified.columns.n as Float64Array)[0]).toBeGreaterThan(100_000);
    const session = await engine.openSession();
    try {
      await session.exec("SET search_path = 'ds_public,main'");
      const unqualified = await session.query('SELECT count(*)::DOUBLE AS n FROM targets');
      const direct = await engine.query('SELECT count(*)::DOUBLE AS n FROM ds_public.targets');
      expect(Array.from(unqualified.columns.n as Float64Array)).toEqual(Array.from(direct.columns.n as Float64Array));
    } finally {
      await session.close();
    }
  });

  it('still loads a new upload through the ingest path: a sales dataset and a plain table', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, 'test/fixtures/ventes-fr-cp1252.csv')));
    const sales = await prepareIngest({ fileName: 'ventes.csv', bytes, kind: 'sales' });
    expect(sales.report.refused).toBe(false);
    await loadPreparedDataset(engine, 'u_0123456789ab', [sales]);
    expect((await datasetRowCounts(engine, 'u_0123456789ab')).sales).toBe(sales.report.rowsLoaded);

    const plain = await prepareIngest({ fileName: 'stores.csv', bytes: new TextEncoder().encode('store,surface\nLyon,1200\nLille,800\n'), kind: 'table' });
    expect(await loadPlainTable(engine, plain)).toBe(2);
  });

  it('sent nothing to the loopback listener through all of the above', () => {
    expect(listener.requests).toEqual([]);
  });
});
