import type { SqlParam } from '../engine/engine';

/** What every named query builder returns: SQL with `?` placeholders and their values, in order. */
export interface BuiltQuery {
  sql: string;
  params: SqlParam[];
}
