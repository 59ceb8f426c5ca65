import { useEffect } from 'react';
import type { EngineSupervisor } from '../session/engine-supervisor';

/** How often the engine is asked whether it is alive while the page is visible, and how long it has to answer. */
const HEARTBEAT_MS = 3_000;
const HEARTBEAT_TIMEOUT_MS = 10_000;

/** A dead worker says nothing: ask it regularly while the page is on screen (the supervisor restarts it). */
export function useHeartbeat(supervisor: () => EngineSupervisor): void {
  useEffect(() => {
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
}
