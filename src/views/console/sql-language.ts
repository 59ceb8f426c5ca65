import type { Completion } from '@codemirror/autocomplete';
import { PostgreSQL, SQLDialect, type SQLNamespace } from '@codemirror/lang-sql';
import type { ConsoleTable } from '../../queries/console-schema';

/**
 * DuckDB's SQL for the editor: PostgreSQL's grammar (DuckDB's parser is PostgreSQL's) plus the
 * words DuckDB adds, so they are highlighted and offered as completions. Identifiers are
 * case-insensitive in DuckDB, so completions never quote a name just for its capitals.
 */
export const DuckDbDialect = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} asof anti semi positional pivot pivot_longer pivot_wider unpivot summarize qualify describe install load attach detach macro struct map list replace exclude columns sample using`,
  builtin:
    'count sum avg min max median mode quantile_cont quantile_disc stddev stddev_samp var_samp corr arg_max arg_min any_value first last list string_agg approx_count_distinct histogram bool_and bool_or ' +
    'date_trunc date_part date_diff date_add datediff year quarter month week day dayname monthname last_day make_date strftime strptime epoch current_date today ' +
    'round floor ceil abs ln log10 power sqrt greatest least coalesce nullif ifnull if ' +
    'lower upper length concat concat_ws substr substring replace trim regexp_matches regexp_replace regexp_extract split_part starts_with contains format printf ' +
    'range generate_series unnest list_value list_sum list_sort struct_pack row_number rank dense_rank ntile lag lead first_value last_value percent_rank cume_dist',
  caseInsensitiveIdentifiers: true,
});

function tableCompletion(table: ConsoleTable, rowsLabel: (rows: number) => string): SQLNamespace {
  return {
    self: { label: table.name, type: 'type', detail: table.rows === null ? undefined : rowsLabel(table.rows) } satisfies Completion,
    children: table.columns.map((column) => ({ label: column.name, type: 'property', detail: column.type }) satisfies Completion),
  };
}

/**
 * What the editor completes: every visible table by its plain name (the active dataset's first,
 * as the console's search path resolves them), each schema by name, and each table's columns
 * after `table.`; columns with their DuckDB type as detail.
 */
export function completionSchema(tables: readonly ConsoleTable[], rowsLabel: (rows: number) => string): SQLNamespace {
  const top: Record<string, SQLNamespace> = {};
  const schemas: Record<string, Record<string, SQLNamespace>> = {};
  for (const table of tables) {
    const entry = tableCompletion(table, rowsLabel);
    top[table.name] ??= entry;
    if (table.group !== 'temporary') (schemas[table.schema] ??= {})[table.name] = entry;
  }
  return { ...schemas, ...top };
}
