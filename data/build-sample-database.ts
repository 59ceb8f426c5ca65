/**
 * Writes data/sample/sample.duckdb.gz: the `sample` dataset as a DuckDB database file, so the page
 * copies its tables instead of parsing 200,000 CSV rows and summing them (issue 15, "bundled data
 * that opens, not parses"). It holds the four canonical tables and the two summary tables, built
 * from the committed CSVs by the same SQL the page runs (the typed read_csv, queries/sales-cube.ts),
 * with native DuckDB of the same version as the WASM build (data/dataset-database.ts).
 *
 * `npm run data:generate` runs it after writing the CSVs; run `npm run data:database` alone after
 * a change to the summary SQL or the schema: test/integration/prebuilt-sample.test.ts fails until
 * then, table by table. The file's bytes differ from one build to the next (DuckDB's own header),
 * its tables do not: commit it when they changed, not when only the bytes did.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCanonicalCsvSql } from '../src/ingest/load-canonical';
import { TABLE_NAMES, type TableName } from '../src/model/schema';
import { writeDatasetDatabase } from './dataset-database';

const SAMPLE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample');
const SAMPLE_DATABASE = path.join(SAMPLE_DIR, 'sample.duckdb.gz');

const CSV_NAMES: Record<TableName, string> = {
  sales: 'sales.csv.gz',
  targets: 'targets.csv',
  platform_fees: 'platform_fees.csv',
  events: 'events.csv',
};

// The sample's tables as the page reads its CSVs (the typed read_csv).
const selects = Object.fromEntries(TABLE_NAMES.map((table) => [table, readCanonicalCsvSql(path.join(SAMPLE_DIR, CSV_NAMES[table]), table)]));
await writeDatasetDatabase(SAMPLE_DATABASE, selects as Record<TableName, string>);
console.log(`wrote ${path.relative(process.cwd(), SAMPLE_DATABASE)}`);
