import { useEffect } from 'react';

export type PageReadiness = 'loading' | 'ready' | 'error';

/**
 * Publishes whether the page's numbers are on screen as `<html data-engine="…">`: `ready` once
 * the engine is up and every panel of the view has answered, `error` if any failed. End-to-end
 * tests and the benchmark wait on it.
 */
export function usePageReadiness(readiness: PageReadiness): void {
  useEffect(() => {
    document.documentElement.dataset.engine = readiness;
  }, [readiness]);
}

export function combineReadiness(states: readonly { status: 'loading' | 'ready' | 'error' }[]): PageReadiness {
  if (states.some((s) => s.status === 'error')) return 'error';
  if (states.every((s) => s.status === 'ready')) return 'ready';
  return 'loading';
}
