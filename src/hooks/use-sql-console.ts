import { useCallback, useEffect, useRef, useState } from 'react';
import type { Engine } from '../engine/engine';
import { consoleSchemaQuery, readConsoleSchema, type ConsoleTable } from '../queries/console-schema';
import type { StatementKind } from '../queries/console-statements';
import type { HistoryEntry } from '../model/history-entry';
import { addToHistory, clearHistory, readDraft, readHistory, writeDraft } from '../storage/console-history';
import { runConsoleSql, type ConsoleError } from '../session/console-runner';
import { useEngineContext } from './engine-context';

/** A result column: numbers as Float64Array (NaN = NULL), everything else as text or booleans. */
export type ResultColumn = Float64Array | (string | null)[] | (boolean | null)[];

/** A console result as the views see it: columns, never one object per row. */
export interface ResultTable {
  names: readonly string[];
  numRows: number;
  columns: Readonly<Record<string, ResultColumn>>;
  /** DuckDB's type of each column, e.g. `DECIMAL(18,2)`. */
  types: Readonly<Record<string, string>>;
  /** More rows existed than the console reads (see CONSOLE_MAX_ROWS). */
  truncated: boolean;
}

export type ConsoleRun =
  | { status: 'idle' }
  | { status: 'running'; id: number; sql: string; base: number; startedAt: number }
  | { status: 'done'; id: number; sql: string; base: number; result: ResultTable; elapsedMs: number; statements: number; lastKind: StatementKind }
  | { status: 'failed'; id: number; sql: string; base: number; error: ConsoleError; elapsedMs: number };

export type SchemaState =
  { status: 'loading'; tables: ConsoleTable[] } | { status: 'ready'; tables: ConsoleTable[] } | { status: 'error'; tables: ConsoleTable[]; message: string };

/**
 * One console connection per engine, opened on first use and kept for the page's life: the
 * analyst's temporary tables survive a trip to the overview and back.
 */
const sessions = new WeakMap<Engine, Promise<Engine>>();
function sessionOf(engine: Engine): Promise<Engine> {
  let session = sessions.get(engine);
  if (!session) {
    session = engine.openSession();
    sessions.set(engine, session);
  }
  return session;
}

/**
 * The SQL console's data: runs what the analyst typed on the active dataset (on a connection of
 * its own, so the dashboard's queries are never affected), cancels it, lists what can be queried,
 * and keeps the history and the text being edited in this browser.
 */
export function useSqlConsole(dataset: string) {
  const { withDataset, revision } = useEngineContext();
  const [run, setRun] = useState<ConsoleRun>({ status: 'idle' });
  const [schema, setSchema] = useState<SchemaState>({ status: 'loading', tables: [] });
  const [history, setHistory] = useState<HistoryEntry[]>(() => readHistory());
  const [initialDraft] = useState<string | null>(() => readDraft());
  const current = useRef(0);
  const active = useRef<Engine | null>(null);

  const session = useCallback(async () => sessionOf(await withDataset(dataset)), [withDataset, dataset]);

  const refreshSchema = useCallback(async () => {
    try {
      const connection = await session();
      const query = consoleSchemaQuery(dataset);
      const tables = readConsoleSchema(await connection.query(query.sql, query.params));
      setSchema({ status: 'ready', tables });
    } catch (error) {
      setSchema((s) => ({ status: 'error', tables: s.tables, message: error instanceof Error ? error.message : String(error) }));
    }
  }, [session, dataset]);

  useEffect(() => {
    setSchema((s) => ({ status: 'loading', tables: s.tables }));
    void refreshSchema();
  }, [refreshSchema, revision]);

  const execute = useCallback(
    async (sql: string, base = 0) => {
      const id = ++current.current;
      const startedAt = performance.now();
      setRun({ status: 'running', id, sql, base, startedAt });
      let connection: Engine;
      try {
        connection = await session();
      } catch (error) {
        // The engine or the dataset could not load: say so where a query error would show.
        const message = error instanceof Error ? error.message : String(error);
        setRun({ status: 'failed', id, sql, base, elapsedMs: 0, error: { reason: 'duckdb', message, keyword: '', position: null, statement: null } });
        return;
      }
      active.current = connection;
      const outcome = await runConsoleSql(connection, dataset, sql);
      active.current = null;
      if (id !== current.current) return;
      const elapsedMs = performance.now() - startedAt;
      if (outcome.ok) {
        const { result } = outcome;
        const table: ResultTable = {
          names: result.names,
          numRows: result.numRows,
          columns: result.columns,
          types: result.types ?? {},
          truncated: result.truncated ?? false,
        };
        setRun({ status: 'done', id, sql, base, result: table, elapsedMs, statements: outcome.statements, lastKind: outcome.lastKind });
        setHistory(addToHistory({ sql, at: new Date().toISOString(), ok: true, rows: result.numRows, elapsedMs: Math.round(elapsedMs) }));
      } else {
        // Offsets are in the text that ran; the editor wants them in the whole document.
        const shift = (at: { offset: number } | null) => (at ? { ...at, offset: at.offset + base } : null);
        const { error } = outcome;
        const moved: ConsoleError = {
          ...error,
          position: shift(error.position) as ConsoleError['position'],
          statement: error.statement ? { start: error.statement.start + base, end: error.statement.end + base } : null,
        };
        setRun({ status: 'failed', id, sql, base, error: moved, elapsedMs });
        if (error.reason !== 'empty') setHistory(addToHistory({ sql, at: new Date().toISOString(), ok: false, rows: null, elapsedMs: Math.round(elapsedMs) }));
      }
      void refreshSchema();
    },
    [session, dataset, refreshSchema],
  );

  const cancel = useCallback(() => {
    void active.current?.cancel();
  }, []);

  const forgetHistory = useCallback(() => {
    clearHistory();
    setHistory([]);
  }, []);

  return { run, execute, cancel, schema, history, forgetHistory, initialDraft, saveDraft: writeDraft };
}
