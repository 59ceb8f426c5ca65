import { quoteIdent, quoteLiteral } from '../engine/engine';
import { ident, join, raw, sql, type Sql } from '../engine/sql';
import { UPLOAD_FILES_DIR } from '../engine/lockdown';
import { TABLE_COLUMNS } from '../model/schema';
import { KIND_TABLE, type CanonicalKind } from './ingest-kinds';
import { numberClassSql, plainClasses } from './number-classes';
import type { NumberFormat } from './numbers';
import type { ColumnPlan } from './row-converter';

/**
 * The SQL of the fast ingest path (orchestrated by fast-ingest.ts). Every value the user wrote
 * reaches DuckDB as a `?` parameter or inside a registered CSV file, never in the SQL text.
 */

/** Rows of a fast-prepared file waiting in DuckDB: the loader copies them into the dataset. */
export interface StagedRows {
  /** Temporary table with the canonical columns in file order (plus `__row` and `__clean`). */
  table: string;
  kind: CanonicalKind;
  /** True when the table already lists its rows in file order (no sort needed while loading). */
  ordered: boolean;
}

/** Names of one fast ingest's files and temporary tables. */
export interface FastNames {
  file: string;
  raw: string;
  dict: string;
  staged: string;
  fixes: string;
}

let runs = 0;

export function fastNames(): FastNames {
  const base = `__cible_fast_${Date.now().toString(36)}_${++runs}`;
  return { file: `${UPLOAD_FILES_DIR}${base}.csv`, raw: `${base}_raw`, dict: `${base}_dict`, staged: `${base}_staged`, fixes: `${base}_fixes` };
}

/** Column `i` of the file as the raw table names it. */
export const rawColumn = (i: number) => `c${i}`;
/** Class column of the plan at position `p` (number columns only), kept in the raw table. */
export const classColumn = (p: number) => `k${p}`;

/** The table a canonical kind loads into, and its columns with their SQL types. */
export function canonicalColumns(kind: CanonicalKind): [string, string][] {
  return Object.entries(TABLE_COLUMNS[KIND_TABLE[kind]]);
}

export const isNumberPlan = (plan: ColumnPlan) => plan.column.type === 'number' || plan.column.type === 'integer';
export const isLookupPlan = (plan: ColumnPlan) => !isNumberPlan(plan);

/** Options DuckDB's reader is given for the canonical rows JS wrote itself (as load-canonical.ts reads them). */
export const CANONICAL_READ_OPTIONS = `delim = ',', quote = '"', escape = '"', auto_detect = false, dateformat = '%Y-%m-%d'`;

/**
 * The file read as text, every column VARCHAR, strictly: a record with too few or too many
 * fields, a quote left open or bytes that are not UTF-8 stop the read with an error (and the
 * exact path takes over). `""` stays an empty string; only used columns are kept.
 */
export function readRawSql(
  names: FastNames,
  width: number,
  used: readonly number[],
  plans: readonly ColumnPlan[],
  delimiter: string,
  newline: '\n' | '\r\n',
): string {
  const columns = Array.from({ length: width }, (_, i) => `${quoteLiteral(rawColumn(i))}: 'VARCHAR'`).join(', ');
  // The shape class of every number cell is computed in the same pass (see number-classes.ts).
  const classes = plans.flatMap((plan, p) =>
    isNumberPlan(plan) && plan.index !== null ? [`${numberClassSql(rawColumn(plan.index))} AS ${classColumn(p)}`] : [],
  );
  return `CREATE TEMP TABLE ${quoteIdent(names.raw)} AS
SELECT ${[...used.map(rawColumn), ...classes].join(',\n  ')} FROM read_csv(${quoteLiteral(names.file)}, header = true, delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"',
  new_line = ${newline === '\n' ? "'\\n'" : "'\\r\\n'"}, auto_detect = false, strict_mode = true, null_padding = false, ignore_errors = false,
  allow_quoted_nulls = false, max_line_size = 4000000, columns = {${columns}})`;
}

/** Every number cell with its class, from all number columns together (as the format is decided over them). */
export function numberCellsSql(names: FastNames, plans: readonly ColumnPlan[]): string {
  const parts = plans.flatMap((plan, p) =>
    isNumberPlan(plan) && plan.index !== null ? [`SELECT ${classColumn(p)} AS k, ${rawColumn(plan.index)} AS v FROM ${quoteIdent(names.raw)}`] : [],
  );
  return parts.join('\nUNION ALL\n');
}

export function distinctSql(names: FastNames, indexes: readonly number[]): string {
  return `SELECT DISTINCT v FROM (${indexes.map((i) => `SELECT ${rawColumn(i)} AS v FROM ${quoteIdent(names.raw)}`).join(' UNION ALL ')})`;
}

/** The lookup table: for each looked-up plan `p`, every raw value `k` with its canonical value `v` (or not `ok`). */
export function dictSql(names: FastNames): string {
  return `CREATE TEMP TABLE ${quoteIdent(names.dict)} AS SELECT * FROM read_csv(${quoteLiteral(`${names.file}.dict`)}, header = false, ${CANONICAL_READ_OPTIONS},
  allow_quoted_nulls = false, columns = {'p': 'INTEGER', 'k': 'VARCHAR', 'v': 'VARCHAR', 'ok': 'BOOLEAN'})`;
}

export interface StagedInput {
  kind: CanonicalKind;
  plans: readonly ColumnPlan[];
  number: NumberFormat;
  /** Canonical value of each constant plan, as text (null: NULL). */
  constants: ReadonlyMap<number, string | null>;
}

/**
 * The canonical table, row for row with the file (`__row` = 0-based record index), with
 * `__clean` telling whether SQL alone converted the row. A row is clean when every looked-up
 * value was converted by JS's own convertCell (the lookup table), and every number cell is empty
 * (and optional) or in a class the chosen format reads as it is. Other rows are redone in JS.
 */
export function stagedSql(names: FastNames, input: StagedInput): Sql {
  const types = TABLE_COLUMNS[KIND_TABLE[input.kind]];
  // Column names, types, aliases and classes below are the code's own (canonical columns, plan
  // positions); only a constant the analyst chose is a value, and it goes in as a parameter.
  const joins: string[] = [];
  const clean: string[] = [];
  const values = input.plans.map((plan, p): Sql => {
    const type = raw(types[plan.column.name]!);
    const name = ident(plan.column.name);
    if (plan.index === null) {
      const constant = input.constants.get(p) ?? null;
      return constant === null ? sql`NULL::${type} AS ${name}` : sql`CAST(${constant} AS ${type}) AS ${name}`;
    }
    const cell = `r.${rawColumn(plan.index)}`;
    if (isLookupPlan(plan)) {
      joins.push(`LEFT JOIN ${quoteIdent(names.dict)} d${p} ON d${p}.p = ${p} AND d${p}.k = coalesce(${cell}, '')`);
      clean.push(`coalesce(d${p}.ok, false)`);
      return sql`CAST(${raw(`d${p}.v`)} AS ${type}) AS ${name}`;
    }
    const classes = plainClasses(input.number, plan.column.type === 'integer');
    const k = `r.${classColumn(p)}`;
    clean.push(plan.column.required ? `${k} IN (${classes.join(', ')})` : `${k} IN (0, ${classes.join(', ')})`);
    const text = input.number.decimal === ',' ? `replace(${cell}, ',', '.')` : cell;
    return sql`CASE WHEN ${raw(`${k} IN (${classes.join(', ')})`)} THEN CAST(${raw(text)} AS ${type}) END AS ${name}`;
  });
  return sql`CREATE TEMP TABLE ${ident(names.staged)} AS
SELECT r.rowid AS __row, ${join(values, ',\n  ')},
  ${raw(clean.length ? clean.join(' AND ') : 'true')} AS __clean
FROM ${ident(names.raw)} r
${raw(joins.join('\n'))}`;
}

/** The canonical rows JS converted itself, read back by the very reader the exact path uses. */
export function fixesSql(names: FastNames, kind: CanonicalKind): string {
  const columns = [['__row', 'BIGINT'], ...canonicalColumns(kind)].map(([name, type]) => `${quoteLiteral(name!)}: ${quoteLiteral(type!)}`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(names.fixes)} AS SELECT * FROM read_csv(${quoteLiteral(`${names.file}.fixes`)}, header = false, ${CANONICAL_READ_OPTIONS},
  max_line_size = 4000000, columns = {${columns}})`;
}

/** Rows JS converted replace theirs in place (the table keeps the file's order); rows it rejected go. */
export function applyFixesSql(names: FastNames, kind: CanonicalKind): string[] {
  const sets = canonicalColumns(kind).map(([name]) => `${quoteIdent(name)} = f.${quoteIdent(name)}`);
  return [
    `UPDATE ${quoteIdent(names.staged)} SET ${sets.join(', ')}, __clean = true FROM ${quoteIdent(names.fixes)} f WHERE ${quoteIdent(names.staged)}.__row = f.__row`,
    `DELETE FROM ${quoteIdent(names.staged)} WHERE NOT __clean`,
  ];
}

/**
 * The canonical columns of the staged table, in file order (sorted only if the lookup joins
 * moved rows): what the loader copies into a dataset.
 */
export function stagedRowsSql(staged: StagedRows): string {
  return `SELECT ${canonicalColumns(staged.kind)
    .map(([name]) => quoteIdent(name))
    .join(', ')} FROM ${quoteIdent(staged.table)}${staged.ordered ? '' : ' ORDER BY __row'}`;
}

/** Whether a table scan of the staged rows lists them in file order (each row's rowid is its record index). */
export function inFileOrderSql(names: FastNames): string {
  return `SELECT count(*) FILTER (WHERE __row <> rowid)::DOUBLE AS n FROM ${quoteIdent(names.staged)}`;
}
