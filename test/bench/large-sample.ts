/**
 * The 10M-row session in Chromium. An upload stops at 200 MB (src/ingest/file-bytes.ts) and the
 * 10M export is 1 GB, so the page cannot be handed those rows the way an analyst would. Instead
 * Cible is built a second time with the sample's database file replaced by one holding the
 * export's rows and nothing else — no targets, fee schedules or events, as the 1M upload has
 * none — so the two sizes are timed on the same panels: the page opens it exactly as it opens
 * the sample (downloaded, attached read-only, its tables copied, the summary table included) and
 * the same filter changes are timed on it. The file is built by the same code as the sample's
 * (data/dataset-database.ts) and kept in the bench's cache.
 */
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { writeDatasetDatabase } from '../../data/dataset-database';
import { quoteLiteral } from '../../src/engine/engine';
import { TABLE_COLUMNS, type TableName } from '../../src/model/schema';
import { CACHE_DIR } from './bench-data';
import { ROOT } from './build-pages';

/** Cible built with the large sample, beside dist/. */
export const LARGE_DIST = path.join(CACHE_DIR, 'dist-large-sample');

/** The generated export (test/bench/generate-sales.ts) as canonical sales rows, as our ingest maps it. */
function exportAsSales(exportFile: string): string {
  const columns = `{'Date': 'DATE', 'Retailer': 'VARCHAR', 'Channel': 'VARCHAR', 'Platform': 'VARCHAR', 'Region': 'VARCHAR', 'Category': 'VARCHAR',
    'Store': 'VARCHAR', 'Orders': 'BIGINT', 'Revenue': 'DECIMAL(18,4)', 'Commission': 'DECIMAL(18,4)'}`;
  return `SELECT "Date" AS date, "Retailer" AS retailer, lower("Channel") AS channel, "Platform" AS platform, "Region" AS region,
  "Category" AS category, "Orders" AS orders, "Revenue" AS revenue_eur, "Commission" AS commission_eur,
  'revenue' AS metric, ${quoteLiteral(path.basename(exportFile))} AS source
FROM read_csv(${quoteLiteral(exportFile)}, header = true, delim = ',', quote = '"', columns = ${columns})`;
}

/** An empty table with `table`'s canonical columns. */
function noRows(table: TableName): string {
  return `SELECT ${Object.entries(TABLE_COLUMNS[table])
    .map(([name, type]) => `NULL::${type} AS ${name}`)
    .join(', ')} WHERE false`;
}

/** The database file holding `exportFile`'s rows (built once, then taken from the cache). */
export async function ensureLargeSampleDatabase(exportFile: string, log: (line: string) => void): Promise<string> {
  const file = path.join(CACHE_DIR, `${path.basename(exportFile, '.csv')}.duckdb.gz`);
  if (!existsSync(file)) {
    log(`building ${path.relative(process.cwd(), file)} from ${path.basename(exportFile)} (native DuckDB, the sample's SQL) …`);
    const partial = `${file}.partial`;
    const selects = { sales: exportAsSales(exportFile), targets: noRows('targets'), platform_fees: noRows('platform_fees'), events: noRows('events') };
    await writeDatasetDatabase(partial, selects, 1);
    renameSync(partial, file);
  }
  return file;
}

/** Builds Cible into LARGE_DIST with `databaseGz` as the sample's database file. */
export async function buildCibleWithSample(databaseGz: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    resolve: { alias: [{ find: /^.*\/data\/sample\/sample\.duckdb\.gz\?url$/, replacement: `${databaseGz}?url` }] },
    build: { outDir: LARGE_DIST, emptyOutDir: true },
  });
}
