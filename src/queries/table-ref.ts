import { ident, sql, type Sql } from '../engine/sql';
import { datasetCubeSchema, datasetSchema } from '../model/dataset';
import type { TableName } from '../model/schema';

/** `"ds_sample"."sales"`: the dataset id is validated, and quoted anyway, so it never carries SQL of its own. */
export function tableRef(dataset: string, table: TableName): Sql {
  return sql`${ident(datasetSchema(dataset))}.${ident(table)}`;
}

/**
 * The tables derived from a dataset when it loads, in its cube schema (see sales-cube.ts): the
 * summary of its sales, and its fee schedule as segments (what the summary's edge rows join).
 */
export const CUBE_TABLES = ['sales_monthly', 'fee_segments'] as const;
export type CubeTable = (typeof CUBE_TABLES)[number];

/** `"cube_sample"."sales_monthly"`. */
export function cubeRef(dataset: string, table: CubeTable): Sql {
  return sql`${ident(datasetCubeSchema(dataset))}.${ident(table)}`;
}
