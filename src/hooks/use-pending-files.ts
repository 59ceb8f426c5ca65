import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../i18n/message';
import { contentHashOfBlob } from '../session/content-hash';
import { IngestCancelled, IngestClient } from '../session/ingest-client';
import { requestFor, type FileChoices, type PendingFile } from '../session/pending-files';
import { useUploads } from './uploads-context';

const PREVIEW_RECORDS = 200;

/**
 * The files picked on the Data page, each previewed in the parsing worker (its own, so a preview
 * never cancels a load) and previewed again whenever one of its choices changes.
 */
export function usePendingFiles(onAdded: () => void) {
  const uploads = useUploads();
  const [files, setFiles] = useState<PendingFile[]>([]);
  const previewClient = useRef<IngestClient | null>(null);
  useEffect(() => {
    previewClient.current = new IngestClient();
    return () => previewClient.current?.dispose();
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
      onAdded();
    },
    [uploads.datasets, schedulePreview, onAdded],
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

  return { files, setFiles, addFiles, updateChoices, removeFile };
}
