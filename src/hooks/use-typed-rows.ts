import { useCallback, useState } from 'react';
import { errorMessage, type MessageValue } from '../i18n/message';
import type { CanonicalKind } from '../ingest/ingest-kinds';
import { commitUpload } from '../session/commit-upload';
import { contentHash } from '../session/content-hash';
import { useEngineContext } from './engine-context';
import { IngestClient } from '../session/ingest-client';
import { useUploads } from './uploads-context';

export type TypedSaveState = { step: 'idle' } | { step: 'saving' } | { step: 'saved' } | { step: 'failed'; message: MessageValue };

/**
 * Rows typed on the page (a goal, a platform's rate), given as the CSV text of a targets or fees
 * file, appended to an uploaded dataset exactly as that file would be: parsed and validated in
 * the ingest worker, loaded with DuckDB's counts checked, kept in this browser with its report.
 */
export function useTypedRows(datasetId: string) {
  const { installDataset, forgetDataset } = useEngineContext();
  const uploads = useUploads();
  const [state, setState] = useState<TypedSaveState>({ step: 'idle' });

  const save = useCallback(
    async (kind: Exclude<CanonicalKind, 'sales'>, fileName: string, csv: string): Promise<boolean> => {
      setState({ step: 'saving' });
      const client = new IngestClient();
      try {
        const bytes = new TextEncoder().encode(csv);
        const prepared = await client.prepare({ fileName, kind, settings: {}, profile: {}, formats: {} }, new Blob([bytes], { type: 'text/csv' }));
        const { report } = prepared;
        const problem = report.reason ?? report.rejects[0]?.reason ?? null;
        if (report.refused || report.rowsRejected > 0 || problem) {
          setState({ step: 'failed', message: problem ?? report.file });
          return false;
        }
        const files = { prepared: [prepared], hashes: [await contentHash(bytes)], names: [fileName], reports: [report] };
        const result = await commitUpload({ installDataset, forgetDataset }, { mode: 'append', datasetId }, files, () => undefined);
        if (!result.ok) {
          setState({ step: 'failed', message: result.message });
          return false;
        }
        await uploads.refresh();
        setState({ step: 'saved' });
        return true;
      } catch (error) {
        setState({ step: 'failed', message: errorMessage(error) });
        return false;
      } finally {
        client.dispose();
      }
    },
    [datasetId, installDataset, forgetDataset, uploads],
  );

  return { state, save };
}
