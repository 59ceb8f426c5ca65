/**
 * Writes a dataset as a gzipped DuckDB database file, as the page attaches one (the bundled
 * sample, data/build-sample-database.ts; the bench's 10M-row build, test/bench/large-sample.ts):
 * the four canonical tables, sales in date order, and the two summary tables built by the same
 * SQL the page runs (queries/sales-cube.ts), with native DuckDB of the same version as the WASM
 * build (@duckdb/node-api, pinned beside it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLE_NAMES, type TableName } from '../src/model/schema';
import { feeSegmentsTableSql, salesCubeSql } from '../src/queries/sales-cube';

/** `selects` gives each table's rows as a SELECT with the canonical columns, in their order. */
export async function writeDatasetDatabase(outFile: string, selects: Record<TableName, string>, gzipLevel = 9): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'cible-dataset-db-'));
  const file = path.join(workDir, 'dataset.duckdb');
  try {
    // One thread: rows keep the file's order, as in DuckDB-WASM without threads.
    const instance = await DuckDBInstance.create(file, { threads: '1' });
    const connection = await instance.connect();
    for (const table of TABLE_NAMES) {
      // Read into memory first (a temporary table is not written to the file, so it leaves no
      // freed blocks behind in it).
      await connection.run(`CREATE TEMP TABLE ${table}_as_read AS ${selects[table]}`);
      // Sales in date order, as the page puts a loaded sales table (ingest/sort-by-date.ts: rows
      // of one day keep their file order).
      const order = table === 'sales' ? ' ORDER BY date, rowid' : '';
      await connection.run(`CREATE TABLE main.${table} AS SELECT * FROM temp.${table}_as_read${order}`);
      await connection.run(`DROP TABLE temp.${table}_as_read`);
    }
    await connection.run(feeSegmentsTableSql('main.fee_segments', 'main.platform_fees'));
    await connection.run(salesCubeSql('main.sales_monthly', 'main.sales', 'main.fee_segments'));
    await connection.run('CHECKPOINT');
    connection.closeSync();
    instance.closeSync();
    writeFileSync(outFile, gzipSync(readFileSync(file), { level: gzipLevel }));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
