/**
 * The SQL every engine runs to load the benchmark's data (WASM and native in Node, the bare
 * reference page in the browser): the same statements, text for text, so they are timed on
 * identical work. Types as in src/model/schema.ts. No Node imports: the browser bundles it too.
 */
import { quoteIdent } from '../../src/engine/engine';
import { datasetCubeSchema, datasetSchema } from '../../src/model/dataset';
import { feeSegmentsTableSql, salesCubeSql } from '../../src/queries/sales-cube';
import { readCanonicalCsvSql } from '../../src/ingest/load-canonical';
import type { TableName } from '../../src/model/schema';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The generated export's columns, typed: DuckDB's sniffer guesses nothing, as in our loader. */
const EXPORT_COLUMNS =
  "{'Date': 'DATE', 'Retailer': 'VARCHAR', 'Channel': 'VARCHAR', 'Platform': 'VARCHAR', 'Region': 'VARCHAR', 'Category': 'VARCHAR', 'Store': 'VARCHAR', 'Orders': 'BIGINT', 'Revenue': 'DECIMAL(18,4)', 'Commission': 'DECIMAL(18,4)'}";

/**
 * The export read by DuckDB's own CSV reader straight into the canonical `sales` table (channel
 * values lower-cased as our ingest maps them): the fastest path DuckDB offers for this file.
 */
export function loadExportSql(dataset: string, file: string): string {
  return `CREATE OR REPLACE TABLE ${quoteIdent(datasetSchema(dataset))}.sales AS
SELECT "Date" AS date, "Retailer" AS retailer, lower("Channel") AS channel, "Platform" AS platform,
  "Region" AS region, "Category" AS category, "Orders" AS orders, "Revenue" AS revenue_eur,
  "Commission" AS commission_eur, 'revenue' AS metric, ${literal(file.split(/[\\/]/).pop() ?? file)} AS source
FROM read_csv(${literal(file)}, header = true, delim = ',', quote = '"', escape = '"',
  auto_detect = false, dateformat = '%Y-%m-%d', columns = ${EXPORT_COLUMNS})`;
}

/** A canonical table from a canonical CSV, exactly as src/ingest/load-canonical.ts reads it. */
export function loadCanonicalSql(dataset: string, table: TableName, file: string): string {
  return `CREATE OR REPLACE TABLE ${quoteIdent(datasetSchema(dataset))}.${quoteIdent(table)} AS ${readCanonicalCsvSql(file, table)}`;
}

/** The sample's goals, fees and events go with every size: the KPIs need a goal to measure. */
export const SIDE_TABLES = ['targets', 'platform_fees', 'events'] as const satisfies readonly TableName[];

/**
 * The summary table of the loaded sales, as src/ingest/load-canonical.ts builds it after a load
 * (the export is already in date order): the statements, in order.
 */
export function buildCubeSql(dataset: string): string[] {
  const cube = quoteIdent(datasetCubeSchema(dataset));
  const ds = quoteIdent(datasetSchema(dataset));
  return [
    `CREATE SCHEMA IF NOT EXISTS ${cube}`,
    feeSegmentsTableSql(`${cube}.fee_segments`, `${ds}.platform_fees`),
    salesCubeSql(`${cube}.sales_monthly`, `${ds}.sales`, `${cube}.fee_segments`),
  ];
}

export function createSchemaSql(dataset: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(datasetSchema(dataset))}`;
}

/**
 * Filter changes an executive makes on the overview, from the default view: each is one
 * "refresh" of every panel. Channels and regions as our ingest maps the generated export.
 */
export function filterChanges(dataset: string): Filters[] {
  const base: Filters = { ...DEFAULT_FILTERS, dataset };
  return [
    base,
    { ...base, channels: ['web'] },
    { ...base, region: 'Sud' },
    { ...base, category: 'Frais' },
    { ...base, retailer: 'Monoprix' },
    { ...base, from: '2022-01-01', to: '2022-12-31' },
    { ...base, retailer: null },
    { ...base, channels: ['partner'], region: 'Ouest' },
    { ...base, from: '2020-01-01', to: '2021-12-31' },
    { ...base, channels: ['voice'] },
  ];
}
