import { useEffect, useState } from 'react';
import type { ColumnarResult } from '../engine/engine';
import { isEngineCrash } from '../engine/engine-watch';
import type { BuiltQuery } from '../queries/built-query';
import { useEngineContext } from './engine-context';

export type QueryState<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: Error };

/**
 * Runs a named query on the dataset it names and reads its rows. A newer request replaces an
 * older one: results that arrive after the filters changed, or after the dataset was reloaded
 * (a new upload, a restarted engine: `revision`), are dropped, never shown.
 * While a new result is computed, the previous data stays visible (no flicker).
 */
export function useNamedQuery<T>(dataset: string, query: BuiltQuery, read: (result: ColumnarResult) => T): QueryState<T> {
  const { withDataset, revision } = useEngineContext();
  const [state, setState] = useState<QueryState<T>>({ status: 'loading', data: null, error: null });
  const key = JSON.stringify([dataset, query.sql, query.params]);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', data: previous.data, error: null }));
    withDataset(dataset)
      .then((engine) => engine.query(query.sql, query.params))
      .then(
        (result) => {
          if (current) setState({ status: 'ready', data: read(result), error: null });
        },
        (error: unknown) => {
          // The engine died under this query: it is restarting and every query runs again, so
          // the panel keeps waiting (the page says what happened) instead of showing an error.
          if (isEngineCrash(error)) return;
          if (current) setState({ status: 'error', data: null, error: error instanceof Error ? error : new Error(String(error)) });
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
