import { useCallback, useState } from 'react';

/** The sales table's columns as the Data page's mapping shows them. */
export type ColumnsPhase =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'read'; table: string; present: string[]; guess: Record<string, string> }
  | { step: 'failed'; code: string; detail: string; table: string };

/**
 * Reads a cluster table's columns (DESCRIBE) and where each canonical column would be read
 * without a mapping (a canonical name, else the upload's aliases): what the mapping starts from.
 * The ClickHouse client loads only now. The caller makes sure the page may reach the address.
 */
export function useClusterColumns() {
  const [phase, setPhase] = useState<ColumnsPhase>({ step: 'idle' });
  const read = useCallback(async (url: string, table: string, credentials: { user?: string; password?: string }) => {
    setPhase({ step: 'reading' });
    try {
      const [{ columnsOf }, { guessClusterColumns }] = await Promise.all([import('../ingest/clickhouse-dataset'), import('../ingest/cluster-columns')]);
      const present = await columnsOf({ url, ...credentials }, table);
      setPhase({ step: 'read', table, present, guess: guessClusterColumns(present) as Record<string, string> });
    } catch (error) {
      const { code = 'other', detail = error instanceof Error ? error.message : String(error) } = error as { code?: string; detail?: string };
      setPhase({ step: 'failed', code, detail, table });
    }
  }, []);
  return { phase, read };
}
