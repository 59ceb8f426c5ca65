import { useEffect, useState } from 'react';
import type { ColumnarResult } from '../engine/engine';
import { isEngineCrash } from '../engine/engine-watch';
import type { BuiltQuery } from '../queries/built-query';
import { snapshotKey } from '../state/first-paint-snapshot';
import { useEngineContext } from './engine-context';
import { firstPaintResult, markLive } from './first-paint-data';
import { querySettled, queryStarted } from './result-batch';

export type QueryState<T> =
  /** `snapshot`: the data shown was computed at build time; live numbers are on their way. */
  | { status: 'loading'; data: T | null; error: null; snapshot?: boolean }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: Error };

/**
 * Runs a named query on the dataset it names and reads its rows. A newer request replaces an
 * older one: results that arrive after the filters changed, or after the dataset was reloaded
 * (a new upload, a restarted engine: `revision`), are dropped, never shown.
 * While a new result is computed, the previous data stays visible (no flicker). On first paint
 * the build-time snapshot stands in for the query if it holds the same one.
 */
export function useNamedQuery<T>(dataset: string, query: BuiltQuery, read: (result: ColumnarResult) => T): QueryState<T> {
  const { withDataset, revision } = useEngineContext();
  const key = snapshotKey(dataset, query.sql, query.params);
  const [state, setState] = useState<QueryState<T>>(() => {
    const seeded = firstPaintResult(key);
    return seeded ? { status: 'loading', data: read(seeded), error: null, snapshot: true } : { status: 'loading', data: null, error: null };
  });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', data: previous.data, error: null, ...(previous.status === 'loading' && previous.snapshot ? { snapshot: true } : {}) }));
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

  return state;
}
