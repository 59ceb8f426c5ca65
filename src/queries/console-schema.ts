import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { literal, sql, toQuery } from '../engine/sql';
import { datasetSchema } from '../model/dataset';
import type { BuiltQuery } from './built-query';

/**
 * What the SQL console can see: the active dataset's tables (reachable by their plain names,
 * `sales`, through the console connection's search path), the plain tables loaded on the Data
 * page (schema `main`) and the console's own temporary tables.
 */
export type ConsoleTableGroup = 'dataset' | 'plain' | 'temporary';

export interface ConsoleColumn {
  name: string;
  type: string;
}

export interface ConsoleTable {
  group: ConsoleTableGroup;
  schema: string;
  name: string;
  /** DuckDB's row estimate (exact for the loaded in-memory tables); null for a view. */
  rows: number | null;
  columns: ConsoleColumn[];
}

/**
 * The statement that makes `sales` mean the active dataset's sales in the console, and keeps the
 * Data page's plain tables reachable. The schema name comes from a validated dataset id.
 */
export function consoleSearchPath(dataset: string): string {
  // SET takes no parameter: the search path goes in as a quoted literal.
  return sql`SET search_path = ${literal(`${datasetSchema(dataset)},main`)}`.text;
}

export function consoleSchemaQuery(dataset: string): BuiltQuery {
  const query = sql`SELECT CASE WHEN c.database_name = 'temp' THEN 'temporary' WHEN c.schema_name = 'main' THEN 'plain' ELSE 'dataset' END AS grp,
  c.schema_name AS schema_name, c.table_name AS table_name, t.estimated_size::DOUBLE AS row_count,
  c.column_name AS column_name, c.data_type AS data_type
FROM duckdb_columns() c
LEFT JOIN duckdb_tables() t USING (database_name, schema_name, table_name)
WHERE (c.database_name = current_database() AND c.schema_name IN (${datasetSchema(dataset)}, 'main')) OR c.database_name = 'temp'
ORDER BY CASE grp WHEN 'dataset' THEN 0 WHEN 'plain' THEN 1 ELSE 2 END, c.table_name, c.column_index`;
  return toQuery(query);
}

export function readConsoleSchema(result: ColumnarResult): ConsoleTable[] {
  const groups = textColumn(result, 'grp');
  const schemas = textColumn(result, 'schema_name');
  const names = textColumn(result, 'table_name');
  const rows = numberColumn(result, 'row_count');
  const columns = textColumn(result, 'column_name');
  const types = textColumn(result, 'data_type');
  const tables: ConsoleTable[] = [];
  for (let i = 0; i < result.numRows; i++) {
    let table = tables[tables.length - 1];
    if (!table || table.schema !== schemas[i] || table.name !== names[i] || table.group !== groups[i]) {
      table = {
        group: groups[i] as ConsoleTableGroup,
        schema: schemas[i] ?? '',
        name: names[i] ?? '',
        rows: Number.isNaN(rows[i]!) ? null : rows[i]!,
        columns: [],
      };
      tables.push(table);
    }
    table.columns.push({ name: columns[i] ?? '', type: types[i] ?? '' });
  }
  return tables;
}
