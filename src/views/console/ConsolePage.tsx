import './console.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { usePageReadiness } from '../../hooks/use-page-readiness';
import { useSqlConsole } from '../../hooks/use-sql-console';
import { useI18n } from '../../i18n/i18n-context';
import { formatDuration } from './duration';
import { HistoryList } from './HistoryList';
import { ResultView } from './ResultView';
import { RunError } from './RunError';
import { RunToolbar } from './RunToolbar';
import { SchemaBrowser } from './SchemaBrowser';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { completionSchema } from './sql-language';
import { ConsoleExamples } from './ConsoleExamples';
import { useDraftSaver } from './use-draft-saver';
import { useErrorMark } from './use-error-mark';

interface ConsolePageProps {
  dataset: string;
  datasetName: string;
}

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
  const errorAt = useErrorMark(editor, failure);

  const { onChange, flushDraft } = useDraftSaver(sqlConsole.saveDraft);

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
            <RunToolbar
              running={running}
              selected={selected}
              startedAt={run.status === 'running' ? run.startedAt : 0}
              onRun={runNow}
              onCancel={sqlConsole.cancel}
            />
          </section>
          {run.status === 'idle' ? <ConsoleExamples onUse={putText} /> : null}
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
