import { message, MessageError } from '../i18n/message';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EngineStartPhase } from '../engine/browser-engine';
import type { Engine } from '../engine/engine';
import { loadCanonicalDataset, type CanonicalFiles } from '../ingest/load-canonical';
import { loadUploadedDataset } from '../ingest/load-ingest';
import { adoptEarlyEngine, startEngine } from '../session/engine-start';
import { BUNDLED_DATASET_IDS, isClickHouseDatasetId, isEmbeddedDatasetId, isRemoteDatasetId, isUploadedDatasetId, type BundledDatasetId } from '../model/dataset';
import type { ClusterLink } from '../state/app-state';
import { agreedInThisTab, agreeTo } from '../session/source-agreement';
import { fetchBundledFiles } from '../session/bundled-files';
import { readEmbeddedDataset, readStoredDataset } from '../session/stored-datasets';
import { EngineSupervisor } from '../session/engine-supervisor';

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
  installDataset: (datasetId: string, files: CanonicalFiles, expected?: Parameters<typeof loadUploadedDataset>[3]) => Promise<Engine>;
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

function isBundled(id: string): id is BundledDatasetId {
  return (BUNDLED_DATASET_IDS as readonly string[]).includes(id);
}

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
  const clusterRef = useRef(cluster);
  useLayoutEffect(() => {
    clusterRef.current = cluster;
  }, [cluster]);
  const embeddedRef = useRef(embedded);
  // A layout effect runs before the queries' (passive) effects ask for the dataset.
  useLayoutEffect(() => {
    embeddedRef.current = embedded;
  }, [embedded]);
  // Data from another origin is only downloaded once the viewer agrees (same origin: at once).
  const [confirmedSources, setConfirmedSources] = useState<string[]>([]);
  const sameOrigin = source !== null && new URL(source).origin === window.location.origin;
  const agreed = source !== null && !sameOrigin && agreedInThisTab(source);
  const pendingSource = source && !sameOrigin && !agreed && !confirmedSources.includes(source) ? source : null;
  const approvals = useRef(new Map<string, { promise: Promise<void>; resolve: () => void }>());
  const approval = useCallback((url: string) => {
    let entry = approvals.current.get(url);
    if (!entry) {
      let resolve = () => undefined as void;
      const promise = new Promise<void>((r) => (resolve = r));
      entry = { promise, resolve };
      approvals.current.set(url, entry);
    }
    return entry;
  }, []);
  useEffect(() => {
    if (source && (sameOrigin || agreed)) approval(source).resolve();
  }, [source, sameOrigin, agreed, approval]);
  const confirmSource = useCallback(() => {
    if (!source) return;
    // The page's CSP reaches our origin only: the page reloads with this host allowed.
    if (agreeTo(source) === 'reload') return;
    approval(source).resolve();
    setConfirmedSources((all) => [...all, source]);
  }, [source, approval]);
  const sourceRef = useRef(source);
  useLayoutEffect(() => {
    sourceRef.current = source;
  }, [source]);
  const [status, setStatus] = useState<EngineStatus>({ phase: 'selecting', error: null, version: null, loadingDataset: null, restart: null });
  const datasets = useRef(new Map<string, Promise<Engine>>());
  const [revision, setRevision] = useState(0);

  const supervisorRef = useRef<EngineSupervisor | null>(null);
  const supervisor = useCallback((): EngineSupervisor => {
    supervisorRef.current ??= new EngineSupervisor(() => {
      const onPhase = (phase: EngineStartPhase) => setStatus((s) => ({ ...s, phase }));
      // The engine main.tsx started before the first render, else (and after a crash) a new one.
      return adoptEarlyEngine(onPhase) ?? startEngine(onPhase);
    }, {
      crashed: (reason, count) => {
        // Every dataset goes with the dead engine; queries run again and reload what they show
        // (bundled files, this browser's storage, the link's data).
        datasets.current.clear();
        setStatus((s) => ({ ...s, loadingDataset: null, restart: { reason, state: 'restarting', count } }));
        setRevision((r) => r + 1);
      },
      restarted: (ready, count) => setStatus((s) => ({ ...s, version: ready.version, restart: s.restart ? { ...s.restart, state: 'restarted', count } : null })),
      gaveUp: (error) => setStatus((s) => ({ ...s, error, restart: null })),
    });
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

  const forgetDataset = useCallback((datasetId: string) => {
    if (datasets.current.delete(datasetId)) setRevision((r) => r + 1);
  }, []);
  const dismissRestart = useCallback(() => setStatus((s) => ({ ...s, restart: null })), []);

  const withDataset = useCallback(
    (datasetId: string): Promise<Engine> => {
      const known = datasets.current.get(datasetId);
      if (known) return known;
      const loading = (async () => {
        const uploaded = isUploadedDatasetId(datasetId) || isEmbeddedDatasetId(datasetId) || isRemoteDatasetId(datasetId) || isClickHouseDatasetId(datasetId);
        if (!isBundled(datasetId) && !uploaded) throw new MessageError(message('dataset.unknown', { dataset: datasetId }));
        const files = isBundled(datasetId)
          ? fetchBundledFiles(datasetId)
          : isEmbeddedDatasetId(datasetId)
            ? readEmbeddedDataset(datasetId, embeddedRef.current)
            : isRemoteDatasetId(datasetId)
              ? readRemote(sourceRef.current, approval)
              : isClickHouseDatasetId(datasetId)
                ? readCluster(datasetId, clusterRef.current, approval)
                : readStoredDataset(datasetId);
        const ready = await engine();
        const loaded = await files;
        setStatus((s) => ({ ...s, loadingDataset: datasetId }));
        try {
          // An uploaded dataset comes back from this browser's storage after a reload.
          await (uploaded ? loadUploadedDataset(ready, datasetId, loaded) : loadCanonicalDataset(ready, datasetId, loaded));
        } finally {
          setStatus((s) => ({ ...s, loadingDataset: null }));
        }
        return ready;
      })();
      // A failed load can be retried by asking again (unless a newer load has taken its place).
      loading.catch(() => {
        if (datasets.current.get(datasetId) === loading) datasets.current.delete(datasetId);
      });
      datasets.current.set(datasetId, loading);
      return loading;
    },
    [engine, approval],
  );

  const installDataset = useCallback(
    (datasetId: string, files: CanonicalFiles, expected?: Parameters<typeof loadUploadedDataset>[3]): Promise<Engine> => {
      const loading = engine().then(async (ready) => {
        await loadUploadedDataset(ready, datasetId, files, expected);
        return ready;
      });
      datasets.current.set(datasetId, loading);
      loading
        .then(() => setRevision((r) => r + 1))
        .catch(() => {
          if (datasets.current.get(datasetId) === loading) datasets.current.delete(datasetId);
        });
      return loading;
    },
    [engine],
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

/** Waits for the viewer's agreement, then downloads and reads the link's CSV. */
async function readRemote(url: string | null, approval: (url: string) => { promise: Promise<void> }): Promise<CanonicalFiles> {
  if (!url) throw new MessageError(message('link.dataAddressMissing'));
  await approval(url).promise;
  // The CSV and Parquet readers load only for links that carry a web address.
  const { loadRemoteCsv } = await import('../session/remote-source');
  return loadRemoteCsv(url);
}

/** Waits for the viewer's agreement, then asks the link's cluster for the summed sales. */
async function readCluster(datasetId: string, link: ClusterLink | null, approval: (url: string) => { promise: Promise<void> }): Promise<CanonicalFiles> {
  if (!link) throw new Error('This link’s cluster address is missing.');
  await approval(link.url).promise;
  // The ClickHouse client loads only when a cluster is asked for.
  const { fetchCluster } = await import('../session/clickhouse-source');
  return (await fetchCluster(datasetId, link)).files;
}
