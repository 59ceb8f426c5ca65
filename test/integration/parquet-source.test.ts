// Parquet named by a link: read over HTTP with range requests (footer, then only the mapped
// columns), through the same validation as a CSV, loaded into the real DuckDB-WASM.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromUrl, cachedAsyncBuffer } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/engine/node-engine';
import { canonicalFilesOf, loadUploadedDataset, salesTotals } from '../../src/ingest/load-ingest';
import { parquetToCsv } from '../../src/ingest/parquet-to-csv';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { startStaticServer, type StaticServer } from '../e2e/static-server';

const ROWS = 20_000;

describe('Parquet over HTTP', () => {
  let dir: string;
  let host: StaticServer;
  let expected: { revenue: number; rows: number };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cible-parquet-'));
    // Written by native DuckDB, as an analyst's pipeline would: several row groups, snappy, and
    // a wide free-text column Cible has no use for (it should never be downloaded).
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (
      SELECT DATE '2022-01-01' + (i % 365)::INTEGER AS "Date de vente", 'Carrefour' AS Enseigne,
        ['voice', 'web', 'partner'][1 + i % 3] AS Canal,
        CASE WHEN i % 3 = 2 THEN 'Google Shopping' END AS Plateforme,
        (i % 7 + 1)::BIGINT AS Commandes, ((i * 37) % 100000 / 100)::DECIMAL(18, 2) AS "CA TTC",
        concat_ws(' ', md5(i::VARCHAR), md5((i + 1)::VARCHAR), md5((i + 2)::VARCHAR), md5((i + 3)::VARCHAR), md5((i + 4)::VARCHAR), md5((i + 5)::VARCHAR)) AS notes
      FROM range(${ROWS}) t(i)
    ) TO '${path.join(dir, 'ventes.parquet')}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 5000)`);
    await connection.run(`COPY (SELECT DATE '2022-01-01' AS date, 'Carrefour' AS retailer, 'web' AS channel, 1.5 AS revenue_eur)
      TO '${path.join(dir, 'zstd.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
    const reader = await connection.runAndReadAll(`SELECT sum("CA TTC")::DOUBLE AS revenue, count(*)::INTEGER AS n FROM '${path.join(dir, 'ventes.parquet')}'`);
    const [revenue, rows] = reader.getRows()[0] as [number, number];
    expected = { revenue, rows };
    connection.closeSync();
    host = await startStaticServer({ root: dir, cors: true });
  });
  afterAll(async () => {
    await host?.close();
  });

  it('reads only the footer and the mapped column chunks, and loads every row to the cent', async () => {
    const url = `${host.url}ventes.parquet`;
    const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url }));
    const parquet = await parquetToCsv(file, 'sales');
    expect(parquet.rows).toBe(ROWS);
    expect(parquet.columns).toContain('notes');
    expect(parquet.columnsRead).not.toContain('notes');

    // Range requests only, and together far less than the file: the notes column stayed on the host.
    const size = statSync(path.join(dir, 'ventes.parquet')).size;
    const gets = host.requests.filter((r) => r.startsWith('GET '));
    expect(gets.length).toBeGreaterThan(1);
    let served = 0;
    for (const request of gets) {
      const match = request.match(/ 206 bytes=(\d+)-(\d+)$/);
      expect(match, request).not.toBeNull();
      served += Number(match![2]) - Number(match![1]) + 1;
    }
    expect(served).toBeLessThan(size / 2);

    const prepared = await prepareIngest({ fileName: 'ventes.parquet', bytes: parquet.csv, kind: 'sales' });
    expect(prepared.report.refused).toBe(false);
    expect(prepared.report.rowsRead).toBe(expected.rows);
    expect(prepared.report.rowsRejected).toBe(0);
    const engine = await createNodeEngine();
    try {
      await loadUploadedDataset(engine, 'u_0000000000aa', canonicalFilesOf([prepared]));
      const totals = await salesTotals(engine, 'u_0000000000aa');
      expect(Math.abs(totals.revenue - expected.revenue)).toBeLessThan(0.005);
    } finally {
      await engine.close();
    }
  });

  it('refuses a codec it cannot read, naming it', async () => {
    const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url: `${host.url}zstd.parquet` }));
    await expect(parquetToCsv(file, 'sales')).rejects.toThrow(/ZSTD/);
  });

  it('says what is wrong with a file that is not Parquet', async () => {
    const file = { byteLength: 12, slice: async () => new TextEncoder().encode('date,revenue').buffer };
    await expect(parquetToCsv(file, 'sales')).rejects.toThrow(/parquet/i);
  });
});
