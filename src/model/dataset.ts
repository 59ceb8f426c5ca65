import type { TableName } from './schema';

/** Identifiers of datasets shipped with the app. */
export const BUNDLED_DATASET_IDS = ['sample', 'public'] as const;
export type BundledDatasetId = (typeof BUNDLED_DATASET_IDS)[number];

export function isBundledDatasetId(id: string): id is BundledDatasetId {
  return (BUNDLED_DATASET_IDS as readonly string[]).includes(id);
}

export type DatasetOrigin = 'bundled' | 'uploaded' | 'url';

/** Time grain of the sales rows: yearly public figures are charted by year, daily sales by month. */
export type Grain = 'day' | 'year';

export interface DatasetManifest {
  id: string;
  origin: DatasetOrigin;
  /** Shown as a badge wherever the data is shown ("illustrative" for generated data). */
  illustrative: boolean;
  grain: Grain;
  /** Row count per table once loaded. */
  rowCounts: Partial<Record<TableName, number>>;
}

/** DuckDB schema holding a dataset's tables. Dataset ids are validated before they get here. */
export function datasetSchema(datasetId: string): string {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(datasetId)) {
    throw new Error(`Invalid dataset id "${datasetId}": use lower-case letters, digits and _`);
  }
  return `ds_${datasetId}`;
}

/**
 * DuckDB schema holding a dataset's summary table (see queries/sales-cube.ts): beside the
 * dataset's own schema, which keeps exactly its canonical tables (what the SQL console lists).
 * `cube_` never starts a `datasetSchema` name, so the two cannot collide.
 */
export function datasetCubeSchema(datasetId: string): string {
  return `cube_${datasetSchema(datasetId).slice('ds_'.length)}`;
}

/** Uploaded datasets are named after their content's hash: `u_` and 12 hex digits. */
export const UPLOADED_DATASET_ID = /^u_[0-9a-f]{12}$/;

export function isUploadedDatasetId(id: string): boolean {
  return UPLOADED_DATASET_ID.test(id);
}

/** Datasets carried inside a share link: `x_` and 12 hex digits of the payload's hash. */
export function isEmbeddedDatasetId(id: string): boolean {
  return /^x_[0-9a-f]{12}$/.test(id);
}

/** Datasets summed by a ClickHouse cluster (`#ch=…&ch_table=…`): `k_` and 12 hex digits of address and table. */
export function isClickHouseDatasetId(id: string): boolean {
  return /^k_[0-9a-f]{12}$/.test(id);
}

/** Datasets a link loads from a web address (`#src=https://…`): `h_` and 12 hex digits. */
export function isRemoteDatasetId(id: string): boolean {
  return /^h_[0-9a-f]{12}$/.test(id);
}
