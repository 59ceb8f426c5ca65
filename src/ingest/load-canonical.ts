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
 * Rows already converted inside DuckDB (by the fast ingest path), as SELECTs of a table's
 * canonical columns in order: appended after the rows of that table's canonical file.
 */
export type StagedSelects = Partial<Record<TableName, readonly string[]>>;

/** `{'date': 'DATE', …}`: column names and types written out, so DuckDB's sniffer guesses nothing. */
function columnsLiteral(table: TableName): string {
  const entries = Object.entries(TABLE_COLUMNS[table]).map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`);
  return `{${entries.join(', ')}}`;
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
 * order and summed into the summary table (queries/sales-cube.ts, in the dataset's cube schema),
 * then all five replace the old ones in one transaction: the summary always matches the sales it
 * sums. A failed load leaves the previous copy as it was. Two loads of the same dataset (a reload
 * from storage and a new upload) run in the order they were asked for, so the last one asked is
 * the one that stays.
 */
export function loadCanonicalDataset(
  engine: Engine,
  datasetId: string,
  files: CanonicalFiles,
  expected?: Record<TableName, number>,
  staged: StagedSelects = {},
): Promise<Record<TableName, number>> {
  const schema = quoteIdent(datasetSchema(datasetId));
  const cubeSchema = quoteIdent(datasetCubeSchema(datasetId));
  return inOrder(engine, datasetId, async () => {
    await engine.execAll([`CREATE SCHEMA IF NOT EXISTS ${schema}`, `CREATE SCHEMA IF NOT EXISTS ${cubeSchema}`]);
    const suffix = `__staging_${++staging}`;
    const stagedName = (table: TableName) => `${schema}.${quoteIdent(table + suffix)}`;
    const stagedCube = (table: CubeTable) => `${cubeSchema}.${quoteIdent(table + suffix)}`;
    const counts = {} as Record<TableName, number>;
    try {
      for (const table of TABLE_NAMES) {
        counts[table] = await loadTable(engine, datasetId, table, files[table], stagedName(table), staged[table] ?? []);
        if (expected && counts[table] !== expected[table]) {
          throw new MessageError(message('ingest.load.countMismatch', { loaded: counts[table], table, accepted: expected[table] }));
        }
      }
      await sortByDate(engine, schema, `sales${suffix}`);
      await engine.exec(feeSegmentsTableSql(stagedCube('fee_segments'), stagedName('platform_fees')));
      await engine.exec(salesCubeSql(stagedCube('sales_monthly'), stagedName('sales'), stagedCube('fee_segments')));
      await engine.execAll([
        'BEGIN TRANSACTION',
        ...TABLE_NAMES.flatMap((table) => [
          `DROP TABLE IF EXISTS ${schema}.${quoteIdent(table)}`,
          `ALTER TABLE ${stagedName(table)} RENAME TO ${quoteIdent(table)}`,
        ]),
        ...CUBE_TABLES.flatMap((table) => [
          `DROP TABLE IF EXISTS ${cubeSchema}.${quoteIdent(table)}`,
          `ALTER TABLE ${stagedCube(table)} RENAME TO ${quoteIdent(table)}`,
        ]),
        'COMMIT',
      ]);
    } catch (error) {
      const stagedTables = [...TABLE_NAMES.map(stagedName), ...CUBE_TABLES.map(stagedCube)];
      await engine.execAll(stagedTables.map((table) => `DROP TABLE IF EXISTS ${table}`)).catch(() => undefined);
      throw error;
    }
    return counts;
  });
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
    await engine.exec(`CREATE OR REPLACE TABLE ${target} AS
SELECT * FROM read_csv(${quoteLiteral(path)}, header = true, delim = ',', quote = '"', escape = '"',
  auto_detect = false, dateformat = '%Y-%m-%d', columns = ${columnsLiteral(table)})`);
  } finally {
    await engine.dropFile(path);
  }
  for (const select of selects) await engine.exec(`INSERT INTO ${target} ${select}`);
  const result = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${target}`);
  return numberColumn(result, 'n')[0] ?? 0;
}
