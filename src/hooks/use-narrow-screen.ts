import { useSyncExternalStore } from 'react';

/** Phones: the width under which charts drop what does not fit (small-screens.css uses the same). */
const NARROW = '(max-width: 700px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on a phone-sized screen; follows rotation and window resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
