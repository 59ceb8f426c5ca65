import { useCallback, useEffect, useRef } from 'react';

/** The editor's text is saved a moment after typing stops, and at once when the page or view goes away. */
export function useDraftSaver(saveDraft: (text: string) => void) {
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef<string | null>(null);
  const flushDraft = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    if (unsaved.current !== null) saveDraft(unsaved.current);
    unsaved.current = null;
  }, [saveDraft]);
  const onChange = useCallback(
    (text: string) => {
      unsaved.current = text;
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(flushDraft, 250);
    },
    [flushDraft],
  );
  useEffect(() => {
    window.addEventListener('pagehide', flushDraft);
    return () => {
      window.removeEventListener('pagehide', flushDraft);
      flushDraft();
    };
  }, [flushDraft]);

  return { onChange, flushDraft };
}
