import './console.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePageReadiness } from '../../hooks/use-page-readiness';
import { useSqlConsole } from '../../hooks/use-sql-console';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { formatDuration } from './duration';
import { HistoryList } from './HistoryList';
import { ResultView } from './ResultView';
import { RunError } from './RunError';
import { RunProgress } from './RunProgress';
import { SchemaBrowser } from './SchemaBrowser';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { completionSchema } from './sql-language';

interface ConsolePageProps {
  dataset: string;
  datasetName: string;
}

const EXAMPLES: { key: MessageKey; sql: string }[] = [
  {
    key: 'console.example.byYear',
    sql: 'SELECT year(date) AS year, channel, round(sum(revenue_eur), 2) AS revenue_eur\nFROM sales\nGROUP BY ALL\nORDER BY year, channel',
  },
  {
    key: 'console.example.topRegions',
    sql: 'SELECT region, round(sum(revenue_eur), 2) AS revenue_eur, sum(orders) AS orders\nFROM sales\nWHERE year(date) = 2022\nGROUP BY region\nORDER BY revenue_eur DESC\nLIMIT 5',
  },
  { key: 'console.example.summarize', sql: 'SUMMARIZE sales' },
  { key: 'console.example.goals', sql: 'SELECT retailer, label, target_eur, period_end, set_on\nFROM targets\nORDER BY set_on' },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The analyst's SQL console on the active dataset: an editor that knows the tables, a run that
 * can be cancelled, errors marked where they are, results in a grid that stays smooth at any
 * size, a chart of them, a CSV export, and the history of what was run.
 */
export function ConsolePage({ dataset, datasetName }: ConsolePageProps) {
  const { t, locale, count } = useI18n();
  const sqlConsole = useSqlConsole(dataset);
  const { run, schema, execute } = sqlConsole;
  const editor = useRef<SqlEditorHandle>(null);
  const [selected, setSelected] = useState(false);
  const running = run.status === 'running';
  usePageReadiness(schema.status === 'ready' ? 'ready' : schema.status === 'error' ? 'error' : 'loading');

  const completion = useMemo(() => completionSchema(schema.tables, (rows) => t('console.schema.rows', { count: count(rows) })), [schema.tables, t, count]);
  const datasetTables = schema.tables.filter((table) => table.group === 'dataset').map((table) => table.name);

  const runNow = useCallback(() => {
    if (run.status === 'running' || !editor.current) return;
    const { text, base } = editor.current.runnableText();
    editor.current.markError(null);
    void execute(text, base);
  }, [run.status, execute]);

  // Mark where it went wrong in the editor once a run fails.
  const failure = run.status === 'failed' ? run.error : null;
  const [errorAt, setErrorAt] = useState<{ line: number; column: number } | null>(null);
  useEffect(() => {
    const spot = failure?.position?.offset ?? failure?.statement?.start;
    if (!editor.current || spot === undefined) {
      setErrorAt(null);
      return;
    }
    editor.current.markError({ from: spot, to: spot });
    setErrorAt(editor.current.lineColumn(spot));
  }, [failure]);

  // The text is saved a moment after typing stops, and at once when the page or view goes away.
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef<string | null>(null);
  const { saveDraft } = sqlConsole;
  const flushDraft = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    if (unsaved.current !== null) saveDraft(unsaved.current);
    unsaved.current = null;
  }, [saveDraft]);
  const onChange = useCallback(
    (text: string) => {
      unsaved.current = text;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flushDraft, 250);
    },
    [flushDraft],
  );
  useEffect(() => {
    window.addEventListener('pagehide', flushDraft);
    return () => {
      window.removeEventListener('pagehide', flushDraft);
      flushDraft();
    };
  }, [flushDraft]);

  const putText = (sql: string) => {
    editor.current?.setText(sql);
    flushDraft();
  };

  return (
    <div className="console-page">
      <header className="console-head">
        <div>
          <h1>{t('console.title')}</h1>
          <p className="muted">{t('console.intro', { dataset: datasetName, tables: datasetTables.join(', ') || '…' })}</p>
        </div>
        <span className="badge badge-locked" title={t('console.lockedHelp')} data-testid="sql-locked">
          {t('console.locked')}
        </span>
      </header>
      <div className="console-layout">
        <aside className="console-sidebar" aria-label={t('console.sidebar.label')}>
          <SchemaBrowser schema={schema} datasetName={datasetName} onInsert={(text) => editor.current?.insert(text)} />
          <HistoryList entries={sqlConsole.history} onUse={putText} onClear={sqlConsole.forgetHistory} />
        </aside>
        <div className="console-main">
          <section className="console-panel editor-panel" aria-label={t('console.editorLabel')}>
            <SqlEditor
              ref={editor}
              initialText={sqlConsole.initialDraft ?? ''}
              schema={completion}
              label={t('console.editorLabel')}
              placeholderText={t('console.placeholderHint')}
              onRun={runNow}
              onChange={onChange}
              onSelectionChange={setSelected}
            />
            <div className="editor-toolbar">
              <button type="button" data-testid="sql-run" onClick={runNow} disabled={running}>
                {selected ? t('console.runSelection') : t('console.run')}
              </button>
              {running ? (
                <>
                  <button type="button" className="button-secondary" data-testid="sql-cancel" onClick={sqlConsole.cancel}>
                    {t('console.cancel')}
                  </button>
                  <RunProgress startedAt={run.startedAt} />
                </>
              ) : (
                <span className="muted editor-hint">{t('console.runHint', { key: isMac ? '⌘+Enter' : 'Ctrl+Enter' })}</span>
              )}
            </div>
          </section>
          {run.status === 'idle' ? (
            <section className="console-panel console-empty" data-testid="sql-empty">
              <h2>{t('console.emptyTitle')}</h2>
              <p className="muted">{t('console.emptyHelp')}</p>
              <ul className="examples">
                {EXAMPLES.map((example) => (
                  <li key={example.key}>
                    <button type="button" className="button-secondary" onClick={() => putText(example.sql)}>
                      {t(example.key)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {run.status === 'failed' && run.error.reason === 'cancelled' ? (
            <p className="notice" role="status" data-testid="sql-cancelled">
              {t('console.cancelled', { time: formatDuration(run.elapsedMs, locale) })}
            </p>
          ) : null}
          {run.status === 'failed' ? (
            <RunError
              error={run.error}
              at={errorAt}
              onShow={() => {
                const spot = failure?.position?.offset ?? failure?.statement?.start;
                if (spot !== undefined) editor.current?.reveal(spot);
              }}
            />
          ) : null}
          {run.status === 'done' ? (
            <ResultView key={run.id} table={run.result} elapsedMs={run.elapsedMs} statements={run.statements} lastKind={run.lastKind} />
          ) : null}
        </div>
      </div>
    </div>
  );
}
