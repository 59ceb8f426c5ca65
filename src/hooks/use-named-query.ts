import { startTransition, useEffect, useState } from 'react';
import type { ColumnarResult } from '../engine/engine';
import { isEngineCrash } from '../engine/engine-watch';
import type { BuiltQuery } from '../queries/built-query';
import { snapshotKey } from '../state/first-paint-snapshot';
import { useEngineContext } from './engine-context';
import { firstPaintResult, markLive } from '../session/first-paint-data';
import { querySettled, queryStarted, setBatchApplier } from '../session/result-batch';

// React batches every state update of a burst into one render and, as a transition, renders it
// in slices, yielding to the page (input, DuckDB's messages) in between.
setBatchApplier(startTransition);

export type QueryState<T> =
  /** `snapshot`: the data shown was computed at build time; live numbers are on their way. */
  | { status: 'loading'; data: T | null; error: null; snapshot?: boolean }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: Error };

/** Waiting for a first answer, with nothing to show meanwhile. */
export const LOADING: QueryState<never> = { status: 'loading', data: null, error: null };

/**
 * Runs a named query on the dataset it names and reads its rows. A newer request replaces an
 * older one: results that arrive after the filters changed, or after the dataset was reloaded
 * (a new upload, a restarted engine: `revision`), are dropped, never shown.
 * While a new result is computed, the previous data stays visible (no flicker). On first paint
 * the build-time snapshot stands in for the query if it holds the same one.
 */
export function useNamedQuery<T>(dataset: string, query: BuiltQuery | null, read: (result: ColumnarResult) => T): QueryState<T> {
  const { withDataset, revision } = useEngineContext();
  // No query yet (it is built from another one's answer): loading, nothing asked.
  const key = query ? snapshotKey(dataset, query.sql, query.params) : null;
  // Each state remembers the dataset its data belongs to: another dataset's numbers are never
  // kept on screen while this one loads (they would be read as this one's, e.g. the KPIs of the
  // new dataset computed over the old dataset's default period).
  const [shown, setShown] = useState<{ dataset: string; state: QueryState<T> }>(() => {
    const seeded = key ? firstPaintResult(key) : null;
    return { dataset, state: seeded ? { status: 'loading', data: read(seeded), error: null, snapshot: true } : LOADING };
  });
  const setState = (state: QueryState<T>) => setShown({ dataset, state });

  useEffect(() => {
    let current = true;
    setShown((previous) => {
      const kept = previous.dataset === dataset ? previous.state : LOADING;
      return { dataset, state: { status: 'loading', data: kept.data, error: null, ...(kept.status === 'loading' && kept.snapshot ? { snapshot: true } : {}) } };
    });
    if (!query) return;
    queryStarted();
    withDataset(dataset)
      .then((engine) => engine.query(query.sql, query.params))
      .then(
        (result) => {
          markLive();
          // Applied with the other panels' answers: one render, not one per panel.
          querySettled(() => {
            if (current) setState({ status: 'ready', data: read(result), error: null });
          });
        },
        (error: unknown) => {
          querySettled(() => {
            // The engine died under this query: it is restarting and every query runs again, so
            // the panel keeps waiting (the page says what happened) instead of showing an error.
            if (isEngineCrash(error)) return;
            if (current) setState({ status: 'error', data: null, error: error instanceof Error ? error : new Error(String(error)) });
          });
        },
      );
    return () => {
      current = false;
    };
    // `key` stands for dataset + query; `read` is a module-level function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, withDataset, revision]);

  // On the render that switches datasets, before the effect above has run.
  return shown.dataset === dataset ? shown.state : LOADING;
}
