/**
 * Writes data/sample/sample.duckdb.gz: the `sample` dataset as a DuckDB database file, so the page
 * copies its tables instead of parsing 200,000 CSV rows and summing them (issue 15, "bundled data
 * that opens, not parses"). It holds the four canonical tables and the two summary tables, built
 * from the committed CSVs by the same SQL the page runs (the typed read_csv, queries/sales-cube.ts),
 * with native DuckDB of the same version as the WASM build (@duckdb/node-api, pinned beside it).
 *
 * `npm run data:generate` runs it after writing the CSVs; run `npm run data:database` alone after
 * a change to the summary SQL or the schema: test/integration/prebuilt-sample.test.ts fails until
 * then, table by table. The file's bytes differ from one build to the next (DuckDB's own header),
 * its tables do not: commit it when they changed, not when only the bytes did.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { readCanonicalCsvSql } from '../src/ingest/load-canonical';
import { TABLE_NAMES, type TableName } from '../src/model/schema';
import { feeSegmentsTableSql, salesCubeSql } from '../src/queries/sales-cube';

const SAMPLE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample');
const SAMPLE_DATABASE = path.join(SAMPLE_DIR, 'sample.duckdb.gz');

const CSV_NAMES: Record<TableName, string> = {
  sales: 'sales.csv.gz',
  targets: 'targets.csv',
  platform_fees: 'platform_fees.csv',
  events: 'events.csv',
};

async function build(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'cible-sample-db-'));
  const file = path.join(workDir, 'sample.duckdb');
  try {
    // One thread: rows keep the file's order, as in DuckDB-WASM without threads.
    const instance = await DuckDBInstance.create(file, { threads: '1' });
    const connection = await instance.connect();
    for (const table of TABLE_NAMES) {
      // Read into memory first (a temporary table is not written to the file, so it leaves no
      // freed blocks behind in it).
      await connection.run(`CREATE TEMP TABLE ${table}_as_read AS ${readCanonicalCsvSql(path.join(SAMPLE_DIR, CSV_NAMES[table]), table)}`);
      // Sales in date order, as the page puts a loaded sales table (ingest/sort-by-date.ts: rows
      // of one day keep their file order).
      const order = table === 'sales' ? ' ORDER BY date, rowid' : '';
      await connection.run(`CREATE TABLE main.${table} AS SELECT * FROM temp.${table}_as_read${order}`);
    }
    await connection.run(feeSegmentsTableSql('main.fee_segments', 'main.platform_fees'));
    await connection.run(salesCubeSql('main.sales_monthly', 'main.sales', 'main.fee_segments'));
    await connection.run('CHECKPOINT');
    connection.closeSync();
    instance.closeSync();
    writeFileSync(SAMPLE_DATABASE, gzipSync(readFileSync(file), { level: 9 }));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

await build();
console.log(`wrote ${path.relative(process.cwd(), SAMPLE_DATABASE)}`);
