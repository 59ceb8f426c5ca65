import { quoteIdent } from '../engine/engine';
import { datasetSchema } from '../model/dataset';
import type { TableName } from '../model/schema';

/** `"ds_sample"."sales"`: the dataset id is validated, so it never carries SQL of its own. */
export function tableRef(dataset: string, table: TableName): string {
  return `${quoteIdent(datasetSchema(dataset))}.${quoteIdent(table)}`;
}
