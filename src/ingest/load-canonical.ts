import { message, MessageError } from '../i18n/message';
import { numberColumn, quoteIdent, quoteLiteral, type Engine } from '../engine/engine';
import { DATASET_FILES_DIR } from '../engine/lockdown';
import { datasetCubeSchema, datasetSchema } from '../model/dataset';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from '../model/schema';
import { feeSegmentsTableSql, salesCubeSql } from '../queries/sales-cube';
import { CUBE_TABLES, type CubeTable } from '../queries/table-ref';
import { sortByDate } from './sort-by-date';

/** One canonical-table CSV, as bytes (plain or gzip-compressed). */
export interface CanonicalFile {
  name: string;
  bytes: Uint8Array;
}

export type CanonicalFiles = Record<TableName, CanonicalFile>;

/**
 * A bundled dataset built ahead of time (data/build-sample-database.ts): one DuckDB database file
 * holding the four canonical tables, in date order, and their summary tables, under their own
 * names in its `main` schema. Loading it copies tables: nothing is parsed or summed in the page.
 */
export interface PrebuiltDataset {
  database: CanonicalFile;
}

/** What a dataset is loaded from: its canonical CSVs, or its prebuilt database file. */
export type DatasetSource = CanonicalFiles | PrebuiltDataset;

export function isPrebuilt(source: DatasetSource): source is PrebuiltDataset {
  return 'database' in source;
}

/**
 * Rows already converted inside DuckDB (by the fast ingest path), as SELECTs of a table's
 * canonical columns in order: appended after the rows of that table's canonical file.
 */
export type StagedSelects = Partial<Record<TableName, readonly string[]>>;

/** `{'date': 'DATE', …}`: column names and types written out, so DuckDB's sniffer guesses nothing. */
function columnsLiteral(table: TableName): string {
  const entries = Object.entries(TABLE_COLUMNS[table]).map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`);
  return `{${entries.join(', ')}}`;
}

/** Reads one canonical CSV (plain or gzip) at `path` with its table's exact columns and types. */
export function readCanonicalCsvSql(path: string, table: TableName): string {
  return `SELECT * FROM read_csv(${quoteLiteral(path)}, header = true, delim = ',', quote = '"', escape = '"',
  auto_detect = false, dateformat = '%Y-%m-%d', columns = ${columnsLiteral(table)})`;
}

/** Loads of one dataset on one engine run one after another, in the order they were asked for. */
const queues = new WeakMap<Engine, Map<string, Promise<unknown>>>();
let staging = 0;

function inOrder<T>(engine: Engine, datasetId: string, work: () => Promise<T>): Promise<T> {
  let byDataset = queues.get(engine);
  if (!byDataset) queues.set(engine, (byDataset = new Map()));
  const next = (byDataset.get(datasetId) ?? Promise.resolve()).then(work, work);
  byDataset.set(
    datasetId,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Loads a dataset in canonical form into its own schema, replacing any earlier copy, and returns
 * the row count of each table. Readers never see a half-loaded dataset: every table is first
 * loaded under a staging name (checked against `expected` when given), the sales put in date
 * order and summed into the summary table (queries/sales-cube.ts, in the dataset's cube schema)
 * — or, from a prebuilt database file, all of them copied as they are — then all of them replace
 * the old ones in one transaction: the summary always matches the sales it sums. A failed load
 * leaves the previous copy as it was. Two loads of the same dataset (a reload from storage and a
 * new upload) run in the order they were asked for, so the last one asked is the one that stays.
 */
export function loadCanonicalDataset(
  engine: Engine,
  datasetId: string,
  source: DatasetSource,
  expected?: Record<TableName, number>,
  staged: StagedSelects = {},
): Promise<Record<TableName, number>> {
  const schema = quoteIdent(datasetSchema(datasetId));
  const cubeSchema = quoteIdent(datasetCubeSchema(datasetId));
  return inOrder(engine, datasetId, async () => {
    await engine.execAll([`CREATE SCHEMA IF NOT EXISTS ${schema}`, `CREATE SCHEMA IF NOT EXISTS ${cubeSchema}`]);
    const suffix = `__staging_${++staging}`;
    const names: StagingNames = {
      schema,
      suffix,
      table: (table) => `${schema}.${quoteIdent(table + suffix)}`,
      cube: (table) => `${cubeSchema}.${quoteIdent(table + suffix)}`,
    };
    try {
      const counts = isPrebuilt(source)
        ? await copyPrebuilt(engine, datasetId, source.database, names)
        : await stageFromCsv(engine, datasetId, source, names, staged);
      for (const table of TABLE_NAMES) {
        if (expected && counts[table] !== expected[table]) {
          throw new MessageError(message('ingest.load.countMismatch', { loaded: counts[table], table, accepted: expected[table] }));
        }
      }
      await engine.execAll([
        'BEGIN TRANSACTION',
        ...TABLE_NAMES.flatMap((table) => [
          `DROP TABLE IF EXISTS ${schema}.${quoteIdent(table)}`,
          `ALTER TABLE ${names.table(table)} RENAME TO ${quoteIdent(table)}`,
        ]),
        ...CUBE_TABLES.flatMap((table) => [
          `DROP TABLE IF EXISTS ${cubeSchema}.${quoteIdent(table)}`,
          `ALTER TABLE ${names.cube(table)} RENAME TO ${quoteIdent(table)}`,
        ]),
        'COMMIT',
      ]);
      return counts;
    } catch (error) {
      const stagedTables = [...TABLE_NAMES.map(names.table), ...CUBE_TABLES.map(names.cube)];
      await engine.execAll(stagedTables.map((table) => `DROP TABLE IF EXISTS ${table}`)).catch(() => undefined);
      throw error;
    }
  });
}

/** Where one load puts its tables until they replace the dataset's current ones. */
interface StagingNames {
  /** The dataset's schema, quoted. */
  schema: string;
  suffix: string;
  table: (table: TableName) => string;
  cube: (table: CubeTable) => string;
}

/** Reads the canonical CSVs, puts the sales in date order and sums them into the summary tables. */
async function stageFromCsv(
  engine: Engine,
  datasetId: string,
  files: CanonicalFiles,
  names: StagingNames,
  staged: StagedSelects,
): Promise<Record<TableName, number>> {
  const counts = {} as Record<TableName, number>;
  for (const table of TABLE_NAMES) {
    counts[table] = await loadTable(engine, datasetId, table, files[table], names.table(table), staged[table] ?? []);
  }
  await sortByDate(engine, names.schema, `sales${names.suffix}`);
  await engine.exec(feeSegmentsTableSql(names.cube('fee_segments'), names.table('platform_fees')));
  await engine.exec(salesCubeSql(names.cube('sales_monthly'), names.table('sales'), names.cube('fee_segments')));
  return counts;
}

/**
 * Copies every table of a prebuilt database file, attached read-only under the folder the
 * lockdown allows, then lets it go: the copy answers queries exactly as a load of the CSVs
 * would (test/integration/prebuilt-sample.test.ts checks it table by table, row by row).
 */
async function copyPrebuilt(engine: Engine, datasetId: string, file: CanonicalFile, names: StagingNames): Promise<Record<TableName, number>> {
  const path = `${DATASET_FILES_DIR}${datasetId}/${file.name}`;
  const alias = quoteIdent(`prebuilt${names.suffix}`);
  await engine.registerFile(path, file.bytes);
  try {
    await engine.exec(`ATTACH ${quoteLiteral(path)} AS ${alias} (READ_ONLY)`);
    try {
      const counts = {} as Record<TableName, number>;
      for (const table of TABLE_NAMES) {
        await engine.exec(`CREATE TABLE ${names.table(table)} AS SELECT * FROM ${alias}.main.${quoteIdent(table)}`);
        counts[table] = await countRows(engine, names.table(table));
      }
      for (const table of CUBE_TABLES) {
        await engine.exec(`CREATE TABLE ${names.cube(table)} AS SELECT * FROM ${alias}.main.${quoteIdent(table)}`);
      }
      return counts;
    } finally {
      await engine.exec(`DETACH ${alias}`);
    }
  } finally {
    await engine.dropFile(path);
  }
}

async function loadTable(
  engine: Engine,
  datasetId: string,
  table: TableName,
  file: CanonicalFile,
  target: string,
  selects: readonly string[],
): Promise<number> {
  // Some static hosts serve `.gz` files with Content-Encoding: gzip, so the browser hands us
  // plain text: name the file after what the bytes are, not what the URL said.
  const gzip = file.bytes[0] === 0x1f && file.bytes[1] === 0x8b;
  const path = `${DATASET_FILES_DIR}${datasetId}/${table}.csv${gzip ? '.gz' : ''}`;
  await engine.registerFile(path, file.bytes);
  try {
    await engine.exec(`CREATE OR REPLACE TABLE ${target} AS ${readCanonicalCsvSql(path, table)}`);
  } finally {
    await engine.dropFile(path);
  }
  for (const select of selects) await engine.exec(`INSERT INTO ${target} ${select}`);
  return countRows(engine, target);
}

async function countRows(engine: Engine, table: string): Promise<number> {
  const result = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
  return numberColumn(result, 'n')[0] ?? 0;
}
