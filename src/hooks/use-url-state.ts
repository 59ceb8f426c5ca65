import { useCallback, useEffect, useState } from 'react';
import type { AppState } from '../state/app-state';
import { decodeHash, encodeHash } from '../state/url-hash';

/**
 * The app state lives in the URL hash, so a copied link opens the same view. Changes are written
 * with replaceState (no history entry per filter click); hash edits by hand are read back.
 */
export function useUrlState(): { state: AppState; setState: (next: AppState) => void; rejected: string[] } {
  const [decoded, setDecoded] = useState(() => decodeHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setDecoded(decodeHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const setState = useCallback((next: AppState) => {
    const hash = encodeHash(next);
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    window.history.replaceState(null, '', url);
    setDecoded({ state: next, rejected: [] });
  }, []);

  return { state: decoded.state, setState, rejected: decoded.rejected };
}
