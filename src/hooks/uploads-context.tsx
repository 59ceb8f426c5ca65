import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StoreBackend, StoredDatasetMeta } from '../storage/stored-dataset';
import { onUploadEvent } from '../storage/upload-events';
import { openUploadStore } from '../storage/upload-store';
import type { UploadDetails } from '../session/commit-upload';
import { useEngineContext } from './engine-context';

export interface UploadedDataset extends Omit<StoredDatasetMeta, 'details'> {
  details: UploadDetails;
}

interface UploadsValue {
  datasets: UploadedDataset[];
  backend: StoreBackend | null;
  /** Set when this browser's storage could not be read at all. */
  error: Error | null;
  refresh: () => Promise<void>;
  remove: (id: string) => Promise<void>;
}

const UploadsContext = createContext<UploadsValue | null>(null);

/** The uploaded datasets stored in this browser, listed for the dataset picker and the Data page. */
export function UploadsProvider({ children }: { children: ReactNode }) {
  const [datasets, setDatasets] = useState<UploadedDataset[]>([]);
  const [backend, setBackend] = useState<StoreBackend | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const refresh = useCallback(async () => {
    try {
      const store = await openUploadStore();
      setBackend(store.backend);
      setDatasets((await store.list()) as UploadedDataset[]);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    }
  }, []);

  const remove = useCallback(
    async (id: string) => {
      await (await openUploadStore()).remove(id);
      await refresh();
    },
    [refresh],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Another tab saved or deleted a dataset: list it anew, and drop this tab's copy so the panels
  // showing it load the saved version (a deleted one stays on screen until the page is left).
  const { forgetDataset } = useEngineContext();
  useEffect(
    () =>
      onUploadEvent((event) => {
        void refresh();
        if (event.type === 'saved') forgetDataset(event.id);
      }),
    [refresh, forgetDataset],
  );

  const value = useMemo(() => ({ datasets, backend, error, refresh, remove }), [datasets, backend, error, refresh, remove]);
  return <UploadsContext.Provider value={value}>{children}</UploadsContext.Provider>;
}

export function useUploads(): UploadsValue {
  const value = useContext(UploadsContext);
  if (!value) throw new Error('useUploads must be used inside <UploadsProvider>');
  return value;
}
