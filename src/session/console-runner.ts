import { QueryError, type ColumnarResult, type Engine } from '../engine/engine';
import { isLockdownRefusal } from '../engine/lockdown';
import { consoleSearchPath } from '../queries/console-schema';
import { runnable, splitStatements, type StatementKind } from '../queries/console-statements';
import { errorPosition, errorSummary } from '../queries/sql-error-position';

/**
 * Rows read from one console query at most: plenty for a grid or an export, safe for memory, and
 * a grid of this many fixed-height rows stays under the tallest element browsers will lay out
 * (Firefox stops near 17.9 million pixels).
 */
export const CONSOLE_MAX_ROWS = 500_000;

/**
 * Why a console run stopped:
 * - `outside`, `write`, `unknown`: the console refused a statement before running anything;
 * - `lockdown`: DuckDB refused to reach a file, a URL or an extension, or to unlock itself;
 * - `cancelled`: the analyst stopped it; `duckdb`: any other DuckDB error (syntax, unknown column…);
 * - `empty`: nothing but spaces and comments.
 */
export type ConsoleErrorReason = 'outside' | 'write' | 'unknown' | 'lockdown' | 'cancelled' | 'duckdb' | 'empty';

export interface ConsoleError {
  reason: ConsoleErrorReason;
  /** DuckDB's message without its excerpt, or the refused keyword for a refusal. */
  message: string;
  /** The statement's first word (for refusals: the one that decided, e.g. `COPY`). */
  keyword: string;
  /** Where in the whole input the error is, when known: offset from 0, 1-based line and column. */
  position: { offset: number; line: number; column: number } | null;
  /** Where the failing statement is in the input (the editor marks it when no finer spot is known). */
  statement: { start: number; end: number } | null;
}

export type ConsoleOutcome = { ok: true; result: ColumnarResult; statements: number; lastKind: StatementKind } | { ok: false; error: ConsoleError };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * Runs what the analyst typed on the console's own connection, statement by statement, after
 * pointing unqualified names at the active dataset. Nothing runs if any statement is refused,
 * so a script never stops half-way through because of a rule the console knew about.
 */
export async function runConsoleSql(session: Engine, dataset: string, sql: string, maxRows = CONSOLE_MAX_ROWS): Promise<ConsoleOutcome> {
  const statements = splitStatements(sql);
  if (statements.length === 0) return { ok: false, error: { reason: 'empty', message: '', keyword: '', position: null, statement: null } };
  const refused = statements.find((s) => !runnable(s.kind));
  if (refused) {
    const reason = refused.kind === 'outside' ? 'outside' : refused.kind === 'write' ? 'write' : 'unknown';
    const position = { offset: refused.start, ...lineAndColumn(sql, refused.start) };
    return {
      ok: false,
      error: { reason, message: refused.keyword, keyword: refused.keyword, position, statement: { start: refused.start, end: refused.end } },
    };
  }
  await session.exec(consoleSearchPath(dataset));
  let result: ColumnarResult | null = null;
  for (const statement of statements) {
    try {
      result = await session.query(statement.text, [], { maxRows });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const cancelled = error instanceof QueryError && error.cancelled;
      const reason: ConsoleErrorReason = cancelled ? 'cancelled' : isLockdownRefusal(message) ? 'lockdown' : 'duckdb';
      // DuckDB's own offset when it sent one, else the spot its LINE excerpt points at.
      const offset = error instanceof QueryError && error.position !== null ? error.position : errorPosition(message, statement.text)?.offset;
      const position = offset === undefined ? null : { offset: statement.start + offset, ...lineAndColumn(sql, statement.start + offset) };
      return {
        ok: false,
        error: { reason, message: errorSummary(message), keyword: statement.keyword, position, statement: { start: statement.start, end: statement.end } },
      };
    }
  }
  return { ok: true, result: result!, statements: statements.length, lastKind: statements[statements.length - 1]!.kind };
}
