import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';

/**
 * The same object as last render while its value (as JSON) is the same. Parents build filters and
 * settings afresh on every render; charts memoised on them (React.memo) would otherwise draw again
 * for nothing — and a Recharts chart takes tens of ms of the page's thread to draw.
 */
export function useStableValue<T>(value: T): T {
  const key = JSON.stringify(value);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the value
  return useMemo(() => value, [key]);
}

/**
 * A function that keeps its identity across renders and calls the latest one given. For handlers
 * handed to memoised charts: the chart is not drawn again when the parent renders, and a click on
 * it still acts on the page's current state, not on the state of the render that drew it.
 */
export function useLatestCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
