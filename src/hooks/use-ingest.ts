import { useCallback, useEffect, useRef, useState } from 'react';
import type { MappingProfile } from '../ingest/column-mapping';
import type { CsvSettings } from '../ingest/csv-settings';
import type { DateFormat } from '../ingest/dates';
import type { IngestKind } from '../ingest/ingest-kinds';
import type { IngestReport } from '../ingest/ingest-report';
import { massRejection, notLoaded } from '../ingest/load-guards';
import { loadPlainTable } from '../ingest/load-ingest';
import type { NumberFormat } from '../ingest/numbers';
import type { LoadablePrepared } from '../ingest/prepare-ingest';
import { errorMessage, message, type MessageValue } from '../i18n/message';
import { commitUpload, type UploadTarget } from '../session/commit-upload';
import { contentHashOfBlob } from '../session/content-hash';
import { useEngineContext } from './engine-context';
import { IngestCancelled, IngestClient, type IngestProgress } from '../session/ingest-client';
import { useUploads } from './uploads-context';

/** The analyst's decisions for one file; anything unset is sniffed or mapped automatically. */
export interface FileChoices {
  kind?: IngestKind;
  settings: Partial<CsvSettings>;
  profile: Partial<MappingProfile>;
  formats: { number?: NumberFormat; date?: DateFormat };
}

export interface PendingFile {
  key: string;
  name: string;
  /**
   * The picked File: the parsing and hashing workers read it themselves, so a large upload is
   * never copied on, nor held by, the page's thread.
   */
  source: Blob;
  hash: string;
  choices: FileChoices;
  /** The sniffed, mapped first records, recomputed whenever a choice changes. */
  preview: LoadablePrepared | null;
  previewError: MessageValue | null;
  /** Name of a stored dataset that already holds exactly these bytes. */
  duplicateOf: string | null;
}

export type IngestPhase =
  | { step: 'idle' }
  /** The analyst stopped the load: nothing was written, the files stay listed. */
  | { step: 'cancelled' }
  | { step: 'working'; stage: 'parsing' | 'loading' | 'saving'; fileIndex: number; fileCount: number; progress: IngestProgress | null }
  | { step: 'done'; datasetId: string | null; reports: IngestReport[] }
  | { step: 'failed'; message: MessageValue; reports: IngestReport[]; canForce?: boolean };

const PREVIEW_RECORDS = 200;

/**
 * The Data page's workflow: add files, preview and adjust them (in the parsing worker), then
 * confirm: full validation, load into DuckDB with the counts checked, and storage in the browser.
 */
export function useIngest() {
  const { installDataset, withEngine, forgetDataset } = useEngineContext();
  const uploads = useUploads();
  const [files, setFiles] = useState<PendingFile[]>([]);
  const [phase, setPhase] = useState<IngestPhase>({ step: 'idle' });
  const client = useRef<IngestClient | null>(null);
  const previewClient = useRef<IngestClient | null>(null);
  useEffect(() => {
    client.current = new IngestClient();
    previewClient.current = new IngestClient();
    return () => {
      client.current?.dispose();
      previewClient.current?.dispose();
    };
  }, []);

  const preview = useCallback(async (file: PendingFile) => {
    try {
      const prepared = await (previewClient.current ?? new IngestClient()).prepare(requestFor(file, PREVIEW_RECORDS), file.source);
      setFiles((all) => all.map((f) => (f.key === file.key ? { ...f, preview: prepared, previewError: null } : f)));
    } catch (error) {
      if (error instanceof IngestCancelled) return;
      setFiles((all) => all.map((f) => (f.key === file.key ? { ...f, previewError: errorMessage(error) } : f)));
    }
  }, []);

  // Previews run one after another: each new request would cancel the previous one.
  const queue = useRef(Promise.resolve());
  const schedulePreview = useCallback(
    (file: PendingFile) => {
      queue.current = queue.current.then(() => preview(file));
    },
    [preview],
  );

  const addFiles = useCallback(
    async (list: readonly File[]) => {
      for (const file of list) {
        const hash = await contentHashOfBlob(file);
        const duplicate = uploads.datasets.find((d) => d.hashes.includes(hash));
        const pending: PendingFile = {
          key: `${file.name}-${hash}`,
          name: file.name,
          source: file,
          hash,
          choices: { settings: {}, profile: {}, formats: {} },
          preview: null,
          previewError: null,
          duplicateOf: duplicate?.name ?? null,
        };
        setFiles((all) => (all.some((f) => f.key === pending.key) ? all : [...all, pending]));
        schedulePreview(pending);
      }
      setPhase({ step: 'idle' });
    },
    [uploads.datasets, schedulePreview],
  );

  const updateChoices = useCallback(
    (key: string, change: (choices: FileChoices) => FileChoices) => {
      setFiles((all) =>
        all.map((f) => {
          if (f.key !== key) return f;
          const next = { ...f, choices: change(f.choices) };
          schedulePreview(next);
          return next;
        }),
      );
    },
    [schedulePreview],
  );

  const removeFile = useCallback((key: string) => setFiles((all) => all.filter((f) => f.key !== key)), []);

  const confirm = useCallback(
    async (target: UploadTarget, force = false) => {
      const worker = client.current;
      if (!worker || files.length === 0) return;
      const reports: IngestReport[] = [];
      const prepared: LoadablePrepared[] = [];
      try {
        for (const [index, file] of files.entries()) {
          setPhase({ step: 'working', stage: 'parsing', fileIndex: index, fileCount: files.length, progress: null });
          const result = await worker.prepare(requestFor(file), file.source, (progress) =>
            setPhase({ step: 'working', stage: 'parsing', fileIndex: index, fileCount: files.length, progress }),
          );
          reports.push(result.report);
          prepared.push(result);
        }
        const blocking = reports.find((r) => r.refused || r.questions.length > 0);
        if (blocking) {
          setPhase({
            step: 'failed',
            message: blocking.reason ?? message('ingest.guard.openQuestion', { file: blocking.file }),
            reports: notLoaded(reports, blocking),
          });
          return;
        }
        const suspicious = force ? null : reports.map(massRejection).find((m) => m !== null);
        if (suspicious) {
          setPhase({
            step: 'failed',
            message: suspicious,
            reports: notLoaded(
              reports,
              reports.find((r) => massRejection(r))!,
            ),
            canForce: true,
          });
          return;
        }
        setPhase({ step: 'working', stage: 'loading', fileIndex: files.length - 1, fileCount: files.length, progress: null });
        for (const table of prepared.filter((p) => p.report.kind === 'table')) await loadPlainTable(await withEngine(), table);
        const canonical = prepared.filter((p) => p.report.kind !== 'table');
        if (canonical.length === 0) {
          setPhase({ step: 'done', datasetId: null, reports });
          return;
        }
        const kept = files.filter((_, i) => prepared[i]!.report.kind !== 'table');
        const stage = () => setPhase({ step: 'working', stage: 'saving', fileIndex: files.length - 1, fileCount: files.length, progress: null });
        const result = await commitUpload(
          { installDataset, forgetDataset },
          target,
          { prepared: canonical, hashes: kept.map((f) => f.hash), names: kept.map((f) => f.name), reports },
          stage,
        );
        if (!result.ok) {
          setPhase({ step: 'failed', message: result.message, reports: [] });
          return;
        }
        await uploads.refresh();
        setFiles([]);
        setPhase({ step: 'done', datasetId: result.datasetId, reports: result.reports });
      } catch (error) {
        if (error instanceof IngestCancelled) setPhase({ step: 'cancelled' });
        else setPhase({ step: 'failed', message: errorMessage(error), reports });
      }
    },
    [files, installDataset, withEngine, forgetDataset, uploads],
  );

  const cancel = useCallback(() => client.current?.cancel(), []);

  return { files, phase, addFiles, updateChoices, removeFile, confirm, cancel };
}

function requestFor(file: PendingFile, previewRecords?: number) {
  return {
    fileName: file.name,
    ...(file.choices.kind ? { kind: file.choices.kind } : {}),
    settings: file.choices.settings,
    profile: file.choices.profile,
    formats: file.choices.formats,
    ...(previewRecords ? { previewRecords } : {}),
  };
}
