import { message, MessageError } from '../i18n/message';
import { numberColumn, quoteIdent, quoteLiteral, textColumn, type Engine } from '../engine/engine';
import { UPLOAD_FILES_DIR } from '../engine/lockdown';
import { datasetSchema } from '../model/dataset';
import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from '../model/schema';
import { joinCanonicalBytes } from './append-canonical';
import { csvLine } from './canonical-csv';
import { stagedRowsSql, type StagedRows } from './fast-sql';
import { loadCanonicalDataset, type CanonicalFiles, type StagedSelects } from './load-canonical';
import { KIND_TABLE, type CanonicalKind } from './ingest-kinds';
import type { IngestReport } from './ingest-report';
import type { LoadablePrepared } from './prepare-ingest';

const encoder = new TextEncoder();

/** A header-only canonical file: a dataset without fees or events still has those tables. */
function emptyTable(table: TableName): Uint8Array {
  return encoder.encode(`${csvLine(Object.keys(TABLE_COLUMNS[table]).map((c) => ({ text: c })))}\n`);
}

/**
 * The canonical files of an uploaded dataset: for each table, the header once and then the
 * rows of every prepared file of that kind (several monthly exports append into one table).
 */
export function canonicalFilesOf(prepared: readonly LoadablePrepared[]): CanonicalFiles {
  const files = {} as CanonicalFiles;
  for (const table of TABLE_NAMES) {
    // A fast-prepared file has no CSV until one is exported from its staged rows (for storage).
    const parts = prepared.filter(
      (p) => !p.report.refused && p.report.kind !== 'table' && KIND_TABLE[p.report.kind as CanonicalKind] === table && p.csv.length > 0,
    );
    if (parts.length === 0) {
      files[table] = { name: `${table}.csv`, bytes: emptyTable(table) };
      continue;
    }
    files[table] = { name: `${table}.csv`, bytes: joinCanonicalBytes(parts.map((p) => p.csv)) };
  }
  return files;
}

/** Expected rows per table, to check what DuckDB loaded against what validation passed. */
function expectedRows(prepared: readonly LoadablePrepared[]): Record<TableName, number> {
  const expected: Record<TableName, number> = { sales: 0, targets: 0, platform_fees: 0, events: 0 };
  for (const p of prepared) if (!p.report.refused && p.report.kind !== 'table') expected[KIND_TABLE[p.report.kind]] += p.report.rowsLoaded;
  return expected;
}

/**
 * Loads canonical files into a dataset's schema with DuckDB's own reader, typed explicitly, and
 * fails loudly if DuckDB's count differs from validation's: "the query succeeded" is not proof.
 * The check happens before the new tables replace the old ones, so a failed load shows nothing.
 */
export async function loadUploadedDataset(
  engine: Engine,
  datasetId: string,
  files: CanonicalFiles,
  expected?: Record<TableName, number>,
): Promise<Record<TableName, number>> {
  return loadCanonicalDataset(engine, datasetId, files, expected);
}

/**
 * Loads prepared files into a dataset: rows the fast path left in DuckDB are copied from their
 * staged tables (then dropped), the others are read from their canonical CSV.
 */
export async function loadPreparedDataset(
  engine: Engine,
  datasetId: string,
  prepared: readonly LoadablePrepared[],
  staged: readonly StagedRows[] = stagedRowsOf(prepared),
): Promise<Record<TableName, number>> {
  const selects: StagedSelects = {};
  for (const rows of staged) selects[KIND_TABLE[rows.kind]] = [...(selects[KIND_TABLE[rows.kind]] ?? []), stagedRowsSql(rows)];
  const byCsv = prepared.filter((p) => !p.staged || !staged.includes(p.staged));
  try {
    return await loadCanonicalDataset(engine, datasetId, canonicalFilesOf(byCsv), expectedRows(prepared), selects);
  } finally {
    await dropStaged(engine, staged);
  }
}

/** Staged rows of the files that were not refused. */
export function stagedRowsOf(prepared: readonly LoadablePrepared[]): StagedRows[] {
  return prepared.flatMap((p) => (p.staged && !p.report.refused ? [p.staged] : []));
}

/** Drops the staged tables of files that will not be loaded (or were). */
export async function dropStaged(engine: Engine, staged: readonly StagedRows[]): Promise<void> {
  for (const rows of staged) await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(rows.table)}`).catch(() => undefined);
}

/** Loads a plain table (kind `table`) into the main schema, replacing a table of that name. */
export async function loadPlainTable(engine: Engine, prepared: LoadablePrepared): Promise<number> {
  const table = prepared.report.table;
  if (!table || prepared.report.refused) throw new MessageError(message('ingest.load.notTable', { file: prepared.report.file }));
  const path = `${UPLOAD_FILES_DIR}${table.name}.csv`;
  const columns = table.columns.map(({ name, type }) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`);
  await engine.registerFile(path, typeof prepared.csv === 'string' ? encoder.encode(prepared.csv) : prepared.csv);
  try {
    await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(table.name)} AS
SELECT * FROM read_csv(${quoteLiteral(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
  dateformat = '%Y-%m-%d', allow_quoted_nulls = false, max_line_size = 4000000, columns = {${columns.join(', ')}})`);
  } finally {
    await engine.dropFile(path);
  }
  const result = await engine.query(`SELECT count(*) AS n FROM ${quoteIdent(table.name)}`);
  const loaded = numberColumn(result, 'n')[0] ?? 0;
  if (loaded !== prepared.report.rowsLoaded)
    throw new MessageError(message('ingest.load.countMismatch', { loaded, table: table.name, accepted: prepared.report.rowsLoaded }));
  return loaded;
}

/** Revenue of a loaded dataset in total, by channel and by calendar year, for the ingest report. */
export async function salesTotals(engine: Engine, datasetId: string): Promise<NonNullable<IngestReport['totals']>> {
  const sales = `${quoteIdent(datasetSchema(datasetId))}.sales`;
  const byChannel = await engine.query(`SELECT channel AS k, sum(revenue_eur)::DOUBLE AS v FROM ${sales} GROUP BY ALL ORDER BY k`);
  const byYear = await engine.query(`SELECT year(date)::VARCHAR AS k, sum(revenue_eur)::DOUBLE AS v FROM ${sales} GROUP BY ALL ORDER BY k`);
  const toRecord = (result: typeof byYear) => {
    const keys = textColumn(result, 'k');
    const values = numberColumn(result, 'v');
    return Object.fromEntries(keys.map((k, i) => [k ?? '', values[i]!]));
  };
  const total = await engine.query(`SELECT coalesce(sum(revenue_eur), 0)::DOUBLE AS v FROM ${sales}`);
  return { revenue: numberColumn(total, 'v')[0] ?? 0, byChannel: toRecord(byChannel), byYear: toRecord(byYear) };
}

export async function datasetRowCounts(engine: Engine, datasetId: string): Promise<Record<TableName, number>> {
  const schema = quoteIdent(datasetSchema(datasetId));
  const counts = {} as Record<TableName, number>;
  for (const table of TABLE_NAMES) {
    const result = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${schema}.${quoteIdent(table)}`);
    counts[table] = numberColumn(result, 'n')[0] ?? 0;
  }
  return counts;
}

/** Retailers present in a dataset's sales (the overview's retailer filter starts on the first). */
export async function datasetRetailers(engine: Engine, datasetId: string): Promise<string[]> {
  const result = await engine.query(
    `SELECT DISTINCT retailer FROM ${quoteIdent(datasetSchema(datasetId))}.sales WHERE retailer IS NOT NULL ORDER BY 1 LIMIT 50`,
  );
  return textColumn(result, 'retailer').filter((r): r is string => r !== null);
}

/** Canonical files as text per table, e.g. to carry them in a share link. */
export function canonicalFilesToText(files: CanonicalFiles): Record<string, string> {
  const decoder = new TextDecoder();
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, decoder.decode(files[table].bytes)]));
}

/** The inverse of canonicalFilesToText; a table missing from `texts` is loaded empty. */
export function canonicalFilesFromText(texts: Record<string, string>): CanonicalFiles {
  const files = {} as CanonicalFiles;
  for (const table of TABLE_NAMES) {
    const text = texts[table];
    files[table] = { name: `${table}.csv`, bytes: typeof text === 'string' ? encoder.encode(text) : emptyTable(table) };
  }
  return files;
}
