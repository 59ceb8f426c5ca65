import { useCallback, useLayoutEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { EngineStartPhase } from '../engine/browser-engine';
import type { Engine } from '../engine/engine';
import { adoptEarlyEngine, startEngine } from '../session/engine-start';
import type { EngineStatus } from '../session/engine-status';
import { EngineSupervisor } from '../session/engine-supervisor';

/**
 * The page's one engine, watched and restarted when it dies (session/engine-supervisor.ts); its
 * start, version, crash and failure are written into the page's engine status. `onCrash` runs
 * when the engine has died, before the new one starts.
 */
export function useSupervisedEngine(setStatus: Dispatch<SetStateAction<EngineStatus>>, onCrash: () => void) {
  const crashedRef = useRef(onCrash);
  useLayoutEffect(() => {
    crashedRef.current = onCrash;
  });
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
          setStatus((s) => ({ ...s, loadingDataset: null, restart: { reason, state: 'restarting', count } }));
          crashedRef.current();
        },
        restarted: (ready, count) =>
          setStatus((s) => ({ ...s, version: ready.version, restart: s.restart ? { ...s.restart, state: 'restarted', count } : null })),
        gaveUp: (error) => setStatus((s) => ({ ...s, error, restart: null })),
      },
    );
    return supervisorRef.current;
  }, [setStatus]);

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
    [supervisor, setStatus],
  );

  return { supervisor, engine };
}
