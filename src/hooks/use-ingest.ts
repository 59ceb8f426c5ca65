import { useCallback, useEffect, useRef, useState } from 'react';
import type { IngestReport } from '../ingest/ingest-report';
import { loadPlainTable } from '../ingest/load-ingest';
import type { LoadablePrepared } from '../ingest/prepare-ingest';
import { errorMessage, type MessageValue } from '../i18n/message';
import { commitUpload, type UploadTarget } from '../session/commit-upload';
import { IngestCancelled, IngestClient, type IngestProgress } from '../session/ingest-client';
import { requestFor, type PendingFile } from '../session/pending-files';
import { uploadStop } from '../session/upload-stop';
import { useEngineContext } from './engine-context';
import { usePendingFiles } from './use-pending-files';
import { useUploads } from './uploads-context';

export type { FileChoices, PendingFile } from '../session/pending-files';

export type IngestPhase =
  | { step: 'idle' }
  /** The analyst stopped the load: nothing was written, the files stay listed. */
  | { step: 'cancelled' }
  | { step: 'working'; stage: 'parsing' | 'loading' | 'saving'; fileIndex: number; fileCount: number; progress: IngestProgress | null }
  | { step: 'done'; datasetId: string | null; reports: IngestReport[] }
  | { step: 'failed'; message: MessageValue; reports: IngestReport[]; canForce?: boolean };

/** Every file parsed in full in the worker, in order, its progress reported and its report kept (in `reports`) as it goes. */
async function prepareAll(
  worker: IngestClient,
  files: readonly PendingFile[],
  onProgress: (index: number, progress: IngestProgress | null) => void,
  reports: IngestReport[],
): Promise<LoadablePrepared[]> {
  const prepared: LoadablePrepared[] = [];
  for (const [index, file] of files.entries()) {
    onProgress(index, null);
    const result = await worker.prepare(requestFor(file), file.source, (progress) => onProgress(index, progress));
    reports.push(result.report);
    prepared.push(result);
  }
  return prepared;
}

/**
 * The Data page's workflow: add files, preview and adjust them (in the parsing worker), then
 * confirm: full validation, load into DuckDB with the counts checked, and storage in the browser.
 */
export function useIngest() {
  const { installDataset, withEngine, forgetDataset } = useEngineContext();
  const uploads = useUploads();
  const [phase, setPhase] = useState<IngestPhase>({ step: 'idle' });
  const backToIdle = useCallback(() => setPhase({ step: 'idle' }), []);
  const { files, setFiles, addFiles, updateChoices, removeFile } = usePendingFiles(backToIdle);
  const client = useRef<IngestClient | null>(null);
  useEffect(() => {
    client.current = new IngestClient();
    return () => client.current?.dispose();
  }, []);

  const confirm = useCallback(
    async (target: UploadTarget, force = false) => {
      const worker = client.current;
      if (!worker || files.length === 0) return;
      const working = (stage: 'parsing' | 'loading' | 'saving', fileIndex = files.length - 1, progress: IngestProgress | null = null) =>
        setPhase({ step: 'working', stage, fileIndex, fileCount: files.length, progress });
      const reports: IngestReport[] = [];
      try {
        const prepared = await prepareAll(worker, files, (index, progress) => working('parsing', index, progress), reports);
        const stop = uploadStop(reports, force);
        if (stop) return setPhase({ step: 'failed', ...stop });
        working('loading');
        for (const table of prepared.filter((p) => p.report.kind === 'table')) await loadPlainTable(await withEngine(), table);
        const canonical = prepared.filter((p) => p.report.kind !== 'table');
        if (canonical.length === 0) return setPhase({ step: 'done', datasetId: null, reports });
        const kept = files.filter((_, i) => prepared[i]!.report.kind !== 'table');
        const upload = { prepared: canonical, hashes: kept.map((f) => f.hash), names: kept.map((f) => f.name), reports };
        const result = await commitUpload({ installDataset, forgetDataset }, target, upload, () => working('saving'));
        if (!result.ok) return setPhase({ step: 'failed', message: result.message, reports: [] });
        await uploads.refresh();
        setFiles([]);
        setPhase({ step: 'done', datasetId: result.datasetId, reports: result.reports });
      } catch (error) {
        if (error instanceof IngestCancelled) setPhase({ step: 'cancelled' });
        else setPhase({ step: 'failed', message: errorMessage(error), reports });
      }
    },
    [files, setFiles, installDataset, withEngine, forgetDataset, uploads],
  );

  const cancel = useCallback(() => client.current?.cancel(), []);

  return { files, phase, addFiles, updateChoices, removeFile, confirm, cancel };
}
