import './data-page.css';
import { useEffect, useRef, useState } from 'react';
import type { UploadTarget } from '../../session/commit-upload';
import { useIngest, type IngestPhase } from '../../hooks/use-ingest';
import { useUploads, type UploadedDataset } from '../../hooks/uploads-context';
import { useI18n } from '../../i18n/i18n-context';
import type { ClusterLink } from '../../state/app-state';
import { ClickHouseCard } from './ClickHouseCard';
import { DatasetList } from './DatasetList';
import { FileCard } from './FileCard';
import { IngestReportView } from './IngestReportView';
import { TemplatesPanel } from './TemplatesPanel';
import { UploadZone } from './UploadZone';

interface DataPageProps {
  /** Switches the dashboard to a dataset (and the overview view). */
  onOpenDataset: (datasetId: string, retailers: string[]) => void;
  /** The active dataset and the cluster it is summed on, if any (`#ch=`). */
  dataset?: string;
  cluster?: ClusterLink | null;
  /** Switches the dashboard to a cluster's data once it is loaded. */
  onOpenCluster?: (link: ClusterLink) => void;
}

/** The analyst's page: upload, check how files are read and mapped, load, read the report. */
export function DataPage({ onOpenDataset, dataset = '', cluster = null, onOpenCluster = () => undefined }: DataPageProps) {
  const { t, errorText } = useI18n();
  const uploads = useUploads();
  const ingest = useIngest();
  const [mode, setMode] = useState<UploadTarget['mode']>('new');
  const [name, setName] = useState('');
  const [targetId, setTargetId] = useState('');
  const working = ingest.phase.step === 'working';
  const defaultName = ingest.files[0]?.name.replace(/\.[^.]*$/, '') ?? '';
  const unanswered = ingest.files.some((f) => !f.preview || f.preview.report.refused || (f.preview.report.questions.length > 0 && !f.choices.formats.date));
  const target: UploadTarget = mode === 'new' ? { mode, name: name.trim() || defaultName } : { mode, datasetId: targetId || uploads.datasets[0]?.id || '' };
  const canConfirm = ingest.files.length > 0 && !working && !unanswered && (mode === 'new' || target.mode === 'new' || target.datasetId !== '');

  const open = (d: UploadedDataset) => onOpenDataset(d.id, d.details.retailers);
  const remove = (d: UploadedDataset) => {
    if (window.confirm(t('data.deleteConfirm', { name: d.name }))) void uploads.remove(d.id);
  };

  return (
    <div className="data-page">
      <h1 className="visually-hidden">{t('data.heading')}</h1>
      <section className="panel">
        <h2>{t('data.title')}</h2>
        <p className="muted">{t('data.intro')}</p>
        {uploads.backend === 'memory' ? <p className="notice">{t('data.memoryOnly')}</p> : null}
        {uploads.error ? <p className="error-text">{t('data.storageError', { message: errorText(uploads.error) })}</p> : null}
        <UploadZone onFiles={(files) => void ingest.addFiles(files)} />
      </section>

      {ingest.files.map((file) => (
        <FileCard key={file.key} file={file} onChange={(change) => ingest.updateChoices(file.key, change)} onRemove={() => ingest.removeFile(file.key)} />
      ))}

      {ingest.files.length ? (
        <section className="panel confirm-panel">
          <fieldset>
            <legend>{t('data.target')}</legend>
            <label className="field-check">
              <input type="radio" name="target" checked={mode === 'new'} onChange={() => setMode('new')} /> {t('data.target.new')}
            </label>{' '}
            <input type="text" data-testid="dataset-name" aria-label={t('data.target.new')} value={name} placeholder={defaultName} onChange={(e) => setName(e.target.value)} disabled={mode !== 'new'} />
            {uploads.datasets.length ? (
              <div>
                <label className="field-check">
                  <input type="radio" name="target" checked={mode === 'append'} onChange={() => setMode('append')} /> {t('data.target.append')}
                </label>{' '}
                <label className="field-check">
                  <input type="radio" name="target" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('data.target.replace')}
                </label>{' '}
                <select aria-label={t('data.target')} value={targetId || uploads.datasets[0]?.id} onChange={(e) => setTargetId(e.target.value)} disabled={mode === 'new'}>
                  {uploads.datasets.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </fieldset>
          <button type="button" className="button-primary" data-testid="ingest-confirm" disabled={!canConfirm} onClick={() => void ingest.confirm(target)}>
            {t('data.confirm')}
          </button>
        </section>
      ) : null}

      <PhaseView phase={ingest.phase} onCancel={ingest.cancel} onForce={() => void ingest.confirm(target, true)} onOpen={(id) => onOpenDataset(id, uploads.datasets.find((d) => d.id === id)?.details.retailers ?? [])} />

      <ClickHouseCard cluster={cluster} dataset={dataset} onLoaded={onOpenCluster} />

      <section className="panel">
        <h2>{t('data.datasets')}</h2>
        <DatasetList datasets={uploads.datasets} onOpen={open} onDelete={remove} />
      </section>

      <TemplatesPanel />
    </div>
  );
}


interface PhaseViewProps {
  phase: IngestPhase;
  onCancel: () => void;
  /** Load although many rows would be rejected (the analyst has checked the settings). */
  onForce: () => void;
  onOpen: (datasetId: string) => void;
}

function PhaseView({ phase, onCancel, onForce, onOpen }: PhaseViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // When a load ends, keyboard and screen-reader users land on its outcome, not at the top.
  const outcome = useRef<HTMLElement>(null);
  const ended = phase.step === 'done' || phase.step === 'failed' || phase.step === 'cancelled';
  useEffect(() => {
    if (ended) outcome.current?.focus();
  }, [ended, phase]);
  if (phase.step === 'idle') return null;
  if (phase.step === 'cancelled') {
    return (
      <section className="panel" role="status" data-testid="ingest-cancelled" tabIndex={-1} ref={outcome}>
        {t('data.cancelled')}
      </section>
    );
  }
  if (phase.step === 'working') {
    const p = phase.progress;
    const message =
      phase.stage === 'parsing'
        ? t('data.stage.parsing', { done: phase.fileIndex + 1, total: phase.fileCount })
        : t(phase.stage === 'loading' ? 'data.stage.loading' : 'data.stage.saving');
    return (
      <section className="panel" role="status" aria-live="polite" data-testid="ingest-progress">
        <progress max={p?.totalChars ?? 1} value={p ? p.chars : undefined} />
        <span>
          {message}
          {p ? ` — ${t('data.progress', { done: i18n.count(Math.round(p.chars / 1024)), total: i18n.count(Math.round(p.totalChars / 1024)), records: i18n.count(p.records) })}` : ''}
        </span>{' '}
        {phase.stage === 'parsing' ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('data.cancel')}
          </button>
        ) : null}
      </section>
    );
  }
  return (
    <section className="panel" tabIndex={-1} ref={outcome} data-testid="ingest-outcome">
      {phase.step === 'failed' ? (
        <p className="error-text" role="alert">
          <strong>{t('data.failed')}</strong> {i18n.say(phase.message)}
        </p>
      ) : null}
      {phase.step === 'failed' && phase.canForce ? (
        <button type="button" className="button-secondary" data-testid="ingest-force" onClick={onForce}>
          {t('data.loadAnyway')}
        </button>
      ) : null}
      {/* two files may share a name: keys by position */}
      {phase.reports.map((report, i) => (
        <IngestReportView key={i} report={report} />
      ))}
      {phase.step === 'done' && phase.datasetId ? (
        <button type="button" className="button-primary" data-testid="open-dataset" onClick={() => onOpen(phase.datasetId!)}>
          {t('data.report.open')}
        </button>
      ) : null}
    </section>
  );
}
