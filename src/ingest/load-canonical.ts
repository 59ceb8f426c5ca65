import { quoteIdent, type Engine } from '../engine/engine';
import { DATASET_FILES_DIR } from '../engine/lockdown';
import { datasetSchema } from '../model/dataset';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from '../model/schema';

/** One canonical-table CSV, as bytes (plain or gzip-compressed). */
export interface CanonicalFile {
  name: string;
  bytes: Uint8Array;
}

export type CanonicalFiles = Record<TableName, CanonicalFile>;

/** `{'date': 'DATE', …}`: column names and types written out, so DuckDB's sniffer guesses nothing. */
function columnsLiteral(table: TableName): string {
  const entries = Object.entries(TABLE_COLUMNS[table]).map(([name, type]) => `'${name}': '${type}'`);
  return `{${entries.join(', ')}}`;
}

/**
 * Loads a dataset already in canonical form (the bundled ones) into its own schema, replacing
 * any earlier copy. Returns the row count of each table.
 */
export async function loadCanonicalDataset(engine: Engine, datasetId: string, files: CanonicalFiles): Promise<Record<TableName, number>> {
  const schema = quoteIdent(datasetSchema(datasetId));
  await engine.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const counts = {} as Record<TableName, number>;
  for (const table of TABLE_NAMES) {
    const file = files[table];
    // Some static hosts serve `.gz` files with Content-Encoding: gzip, so the browser hands us
    // plain text: name the file after what the bytes are, not what the URL said.
    const gzip = file.bytes[0] === 0x1f && file.bytes[1] === 0x8b;
    const path = `${DATASET_FILES_DIR}${datasetId}/${table}.csv${gzip ? '.gz' : ''}`;
    await engine.registerFile(path, file.bytes);
    try {
      await engine.exec(`CREATE OR REPLACE TABLE ${schema}.${quoteIdent(table)} AS
SELECT * FROM read_csv('${path}', header = true, delim = ',', quote = '"', escape = '"',
  auto_detect = false, dateformat = '%Y-%m-%d', columns = ${columnsLiteral(table)})`);
    } finally {
      await engine.dropFile(path);
    }
    const result = await engine.query(`SELECT count(*) AS n FROM ${schema}.${quoteIdent(table)}`);
    counts[table] = (result.columns.n as Float64Array)[0] ?? 0;
  }
  return counts;
}
