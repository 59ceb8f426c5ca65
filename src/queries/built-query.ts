import type { SqlParam } from '../engine/engine';

/**
 * What every named query builder returns: SQL with `?` placeholders and their values, in order.
 * Built with the `sql` template (engine/sql.ts), whose fragments keep the two in step, and
 * converted by `toQuery`: a plain object, as hooks, workers and the first-paint snapshot take it.
 */
export interface BuiltQuery {
  sql: string;
  params: SqlParam[];
}
