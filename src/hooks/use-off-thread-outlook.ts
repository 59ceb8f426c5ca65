import { useEffect, useState } from 'react';
import type { Outlook, OutlookInput } from '../analytics/outlook';
import { buildOutlookOffThread } from '../session/outlook-client';

/**
 * The outlook of `input`, computed off the page's thread: null while it is being computed (or
 * without input). An answer for an older input is never returned. A failure is thrown during
 * render, as buildOutlook's own would have been.
 */
export function useOffThreadOutlook(input: OutlookInput | null): { outlook: Outlook | null; computing: boolean } {
  const [done, setDone] = useState<{ input: OutlookInput; outlook: Outlook } | { input: OutlookInput; error: Error } | null>(null);
  useEffect(() => {
    if (!input) return;
    let current = true;
    buildOutlookOffThread(input).then(
      (outlook) => current && setDone({ input, outlook }),
      (error: unknown) => current && setDone({ input, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [input]);
  const answer = done && done.input === input ? done : null;
  if (answer && 'error' in answer) throw answer.error;
  return { outlook: answer?.outlook ?? null, computing: input !== null && answer === null };
}
