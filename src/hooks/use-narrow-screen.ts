import { useSyncExternalStore } from 'react';

/** Phones: the width under which charts drop what does not fit (small-screens.css uses the same). */
const NARROW = '(max-width: 700px)';

/** One query for the page: its `matches` follows the screen, and a new one per render costs. */
let query: MediaQueryList | null = null;
const narrowQuery = () => (query ??= window.matchMedia(NARROW));

function subscribe(onChange: () => void): () => void {
  const media = narrowQuery();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on a phone-sized screen; follows rotation and window resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => narrowQuery().matches,
    () => false,
  );
}
