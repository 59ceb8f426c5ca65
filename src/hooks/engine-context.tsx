import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EngineStartPhase } from '../engine/browser-engine';
import type { Engine } from '../engine/engine';
import type { CanonicalFiles } from '../ingest/load-canonical';
import { DatasetCache, type ExpectedCounts } from '../session/dataset-cache';
import { datasetFiles, type LinkData } from '../session/dataset-files';
import { adoptEarlyEngine, startEngine } from '../session/engine-start';
import { EngineSupervisor } from '../session/engine-supervisor';
import { agreedInThisTab, agreeTo } from '../session/source-agreement';
import { SourceApprovals } from '../session/source-approvals';
import type { ClusterLink } from '../state/app-state';

/** How often the engine is asked whether it is alive while the page is visible, and how long it has to answer. */
const HEARTBEAT_MS = 3_000;
const HEARTBEAT_TIMEOUT_MS = 10_000;

/** The engine died and was replaced: the page says so until the viewer dismisses it. */
export interface EngineRestart {
  reason: string;
  /** `restarting` until the new engine is up; the data then reloads as the panels ask for it. */
  state: 'restarting' | 'restarted';
  count: number;
}

export type EnginePhase = EngineStartPhase | 'loading';

export interface EngineStatus {
  phase: EnginePhase;
  /** Set when the engine could not start; the page says so and what to do. */
  error: Error | null;
  version: string | null;
  /** Dataset being loaded right now, if any. */
  loadingDataset: string | null;
  /** Set once the engine has died and been restarted (see engine-supervisor.ts). */
  restart: EngineRestart | null;
}

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
  // Data from another origin is only downloaded once the viewer agrees (same origin: at once).
  const [confirmedSources, setConfirmedSources] = useState<string[]>([]);
  const sameOrigin = source !== null && new URL(source).origin === window.location.origin;
  const agreed = source !== null && !sameOrigin && agreedInThisTab(source);
  const pendingSource = source && !sameOrigin && !agreed && !confirmedSources.includes(source) ? source : null;
  const [approvals] = useState(() => new SourceApprovals());
  useEffect(() => {
    if (source && (sameOrigin || agreed)) approvals.approve(source);
  }, [source, sameOrigin, agreed, approvals]);
  const confirmSource = useCallback(() => {
    if (!source) return;
    // The page's CSP reaches our origin only: the page reloads with this host allowed.
    if (agreeTo(source) === 'reload') return;
    approvals.approve(source);
    setConfirmedSources((all) => [...all, source]);
  }, [source, approvals]);
  const [status, setStatus] = useState<EngineStatus>({ phase: 'selecting', error: null, version: null, loadingDataset: null, restart: null });
  const [revision, setRevision] = useState(0);

  const cacheRef = useRef<DatasetCache | null>(null);
  const supervisorRef = useRef<EngineSupervisor | null>(null);
  const supervisor = useCallback((): EngineSupervisor => {
    supervisorRef.current ??= new EngineSupervisor(
      () => {
        const onPhase = (phase: EngineStartPhase) => setStatus((s) => ({ ...s, phase }));
        // The engine main.tsx started before the first render, else (and after a crash) a new one.
        return adoptEarlyEngine(onPhase) ?? startEngine(onPhase);
      },
      {
        crashed: (reason, count) => {
          // Every dataset goes with the dead engine; queries run again and reload what they show
          // (bundled files, this browser's storage, the link's data).
          cacheRef.current?.clear();
          setStatus((s) => ({ ...s, loadingDataset: null, restart: { reason, state: 'restarting', count } }));
          setRevision((r) => r + 1);
        },
        restarted: (ready, count) =>
          setStatus((s) => ({ ...s, version: ready.version, restart: s.restart ? { ...s.restart, state: 'restarted', count } : null })),
        gaveUp: (error) => setStatus((s) => ({ ...s, error, restart: null })),
      },
    );
    return supervisorRef.current;
  }, []);

  const engine = useCallback(
    (): Promise<Engine> =>
      supervisor()
        .engine()
        .then(
          (ready) => {
            setStatus((s) => (s.version === ready.version ? s : { ...s, version: ready.version }));
            return ready;
          },
          (error: unknown) => {
            const failure = error instanceof Error ? error : new Error(String(error));
            setStatus((s) => ({ ...s, error: failure }));
            throw failure;
          },
        ),
    [supervisor],
  );

  useEffect(() => {
    // A dead worker says nothing: ask it regularly while the page is on screen.
    const check = () => {
      if (document.visibilityState === 'visible') void supervisor().check(HEARTBEAT_TIMEOUT_MS);
    };
    const timer = setInterval(check, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [supervisor]);

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
