export type { EngineStatus } from '../session/engine-status';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Engine } from '../engine/engine';
import type { CanonicalFiles } from '../ingest/load-canonical';
import { DatasetCache, type ExpectedCounts } from '../session/dataset-cache';
import { datasetFiles, type LinkData } from '../session/dataset-files';
import type { EngineStatus } from '../session/engine-status';
import { useHeartbeat } from './use-heartbeat';
import { useSupervisedEngine } from './use-supervised-engine';
import { useSourceConsent } from './use-source-consent';
import type { ClusterLink } from '../state/app-state';

interface EngineContextValue {
  status: EngineStatus;
  /** Resolves with an engine on which `datasetId` is loaded (loading it once if needed). */
  withDataset: (datasetId: string) => Promise<Engine>;
  /** Loads (or reloads) an uploaded dataset from its canonical files, checking the row counts. */
  installDataset: (datasetId: string, files: CanonicalFiles, expected?: ExpectedCounts) => Promise<Engine>;
  /** The engine itself, for plain tables that belong to no dataset. */
  withEngine: () => Promise<Engine>;
  /** Bumped whenever an uploaded dataset is (re)loaded, so queries on it run again. */
  revision: number;
  /** The web address the link wants data from, while the viewer has not agreed yet. */
  pendingSource: string | null;
  /** The viewer agrees to download the link's data from its host. */
  confirmSource: () => void;
  /** Drops this engine's copy of a dataset (changed in another tab): the panels load it anew. */
  forgetDataset: (datasetId: string) => void;
  dismissRestart: () => void;
}

const EngineContext = createContext<EngineContextValue | null>(null);

interface EngineProviderProps {
  children: ReactNode;
  /** The data carried by the share link being viewed (`#data=…`), if any. */
  embedded?: string | null;
  /** The web address of a CSV the link loads (`#src=…`), if any. */
  source?: string | null;
  /** The ClickHouse cluster the link's data is summed on (`#ch=…&ch_table=…`), if any. */
  cluster?: ClusterLink | null;
}

export function EngineProvider({ children, embedded = null, source: csvSource = null, cluster = null }: EngineProviderProps) {
  // A cluster is another host too: the same agreement before anything is sent to it.
  const source = csvSource ?? cluster?.url ?? null;
  const linkRef = useRef<LinkData>({ embedded, source, cluster });
  // A layout effect runs before the queries' (passive) effects ask for the dataset.
  useLayoutEffect(() => {
    linkRef.current = { embedded, source, cluster };
  }, [embedded, source, cluster]);
  const { pendingSource, confirmSource, approvals } = useSourceConsent(source);
  const [status, setStatus] = useState<EngineStatus>({ phase: 'selecting', error: null, version: null, loadingDataset: null, restart: null });
  const [revision, setRevision] = useState(0);

  const cacheRef = useRef<DatasetCache | null>(null);
  const { supervisor, engine } = useSupervisedEngine(setStatus, () => {
    // Every dataset goes with the dead engine; queries run again and reload what they show
    // (bundled files, this browser's storage, the link's data).
    cacheRef.current?.clear();
    setRevision((r) => r + 1);
  });

  useHeartbeat(supervisor);

  const datasetCache = useCallback((): DatasetCache => {
    cacheRef.current ??= new DatasetCache({
      engine,
      files: (datasetId) => datasetFiles(datasetId, linkRef.current, approvals),
      loading: (loadingDataset) => setStatus((s) => ({ ...s, loadingDataset })),
    });
    return cacheRef.current;
    // `engine` and `approvals` are stable for the provider's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const forgetDataset = useCallback(
    (datasetId: string) => {
      if (datasetCache().forget(datasetId)) setRevision((r) => r + 1);
    },
    [datasetCache],
  );
  const dismissRestart = useCallback(() => setStatus((s) => ({ ...s, restart: null })), []);
  const withDataset = useCallback((datasetId: string) => datasetCache().get(datasetId), [datasetCache]);
  const installDataset = useCallback(
    (datasetId: string, files: CanonicalFiles, expected?: ExpectedCounts): Promise<Engine> => {
      const loading = datasetCache().install(datasetId, files, expected);
      // Queries on the dataset run again on its new version.
      loading.then(() => setRevision((r) => r + 1)).catch(() => undefined);
      return loading;
    },
    [datasetCache],
  );

  useEffect(() => {
    // Start the engine as soon as the page mounts: every millisecond counts for the first KPI.
    engine().catch(() => undefined);
  }, [engine]);

  const value = useMemo(
    () => ({ status, withDataset, installDataset, withEngine: engine, revision, pendingSource, confirmSource, forgetDataset, dismissRestart }),
    [status, withDataset, installDataset, engine, revision, pendingSource, confirmSource, forgetDataset, dismissRestart],
  );
  return <EngineContext.Provider value={value}>{children}</EngineContext.Provider>;
}

export function useEngineContext(): EngineContextValue {
  const context = useContext(EngineContext);
  if (!context) throw new Error('useEngineContext must be used inside <EngineProvider>');
  return context;
}

export function useEngineStatus(): EngineStatus {
  return useEngineContext().status;
}
