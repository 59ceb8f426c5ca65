import { quoteIdent } from '../engine/engine';
import { datasetCubeSchema, datasetSchema } from '../model/dataset';
import type { TableName } from '../model/schema';

/** `"ds_sample"."sales"`: the dataset id is validated, so it never carries SQL of its own. */
export function tableRef(dataset: string, table: TableName): string {
  return `${quoteIdent(datasetSchema(dataset))}.${quoteIdent(table)}`;
}

/**
 * The tables derived from a dataset when it loads, in its cube schema (see sales-cube.ts): the
 * summary of its sales, and its fee schedule as segments (what the summary's edge rows join).
 */
export const CUBE_TABLES = ['sales_monthly', 'fee_segments'] as const;
export type CubeTable = (typeof CUBE_TABLES)[number];

/** `"cube_sample"."sales_monthly"`. */
export function cubeRef(dataset: string, table: CubeTable): string {
  return `${quoteIdent(datasetCubeSchema(dataset))}.${quoteIdent(table)}`;
}
