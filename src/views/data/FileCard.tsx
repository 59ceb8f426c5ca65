import type { FileChoices, PendingFile } from '../../hooks/use-ingest';
import { useI18n } from '../../i18n/i18n-context';
import { INGEST_KINDS, type IngestKind } from '../../ingest/ingest-kinds';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { ReadSettings } from './ReadSettings';

interface FileCardProps {
  file: PendingFile;
  onChange: (change: (choices: FileChoices) => FileChoices) => void;
  onRemove: () => void;
}

/** One file waiting to be loaded: what it holds, how it is read, how its columns map, a preview. */
export function FileCard({ file, onChange, onRemove }: FileCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const report = file.preview?.report;
  return (
    <section className="file-card" aria-label={file.name} data-testid="file-card">
      <header className="file-card-head">
        <h3>{file.name}</h3>
        <span className="muted">{i18n.count(file.source.size)} B</span>
        <button type="button" className="button-secondary" onClick={onRemove}>
          {t('data.remove')}
        </button>
      </header>
      {file.duplicateOf ? <p className="notice">{t('data.duplicate', { name: file.duplicateOf })}</p> : null}
      {file.previewError ? <p className="error-text" role="alert">{i18n.say(file.previewError)}</p> : null}
      {!report ? <p className="muted">{t('data.previewing')}</p> : null}
      {report ? (
        <>
          <label className="field">
            <span className="field-label">{t('data.kind')}</span>
            <select data-testid="kind-select" value={report.kind} onChange={(e) => onChange((c) => ({ ...c, kind: e.target.value as IngestKind }))}>
              {INGEST_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`data.kind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          {report.refused ? (
            <p className="error-text" role="alert" data-testid="preview-refused">
              {t('data.report.refused', { reason: i18n.say(report.reason ?? '') })}
            </p>
          ) : null}
          {!report.refused && report.rowsRejected > 0 ? (
            <p className="notice" data-testid="preview-rejects">
              {t('data.previewRejects', { rejected: i18n.count(report.rowsRejected), read: i18n.count(report.rowsRead) })}{' '}
              {report.rejects[0] ? `${t('data.report.line')} ${report.rejects[0].line}${report.rejects[0].column ? ` (${report.rejects[0].column})` : ''} : ${i18n.say(report.rejects[0].reason)}` : ''}
            </p>
          ) : null}
          <ReadSettings report={report} choices={file.choices} onChange={onChange} />
          {report.headers.length ? <PreviewTable headers={report.headers} rows={file.preview?.preview ?? []} caption={t('data.preview')} /> : null}
          {report.kind !== 'table' && report.headers.length ? (
            <MappingEditor kind={report.kind} report={report} preview={file.preview?.preview ?? []} choices={file.choices} onChange={onChange} />
          ) : null}
          {report.warnings.map((w, i) => (
            <p className="muted" key={i}>
              {i18n.say(w)}
            </p>
          ))}
        </>
      ) : null}
    </section>
  );
}
