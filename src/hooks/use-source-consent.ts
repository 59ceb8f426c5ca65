import { useCallback, useEffect, useState } from 'react';
import { agreedInThisTab, agreeTo } from '../session/source-agreement';
import { SourceApprovals } from '../session/source-approvals';

/**
 * Data from another origin is only downloaded once the viewer agrees (our own origin: at once;
 * an address agreed to earlier in this tab: at once too). `pendingSource` is the address the
 * page asks about; `approvals` is what a load waits on.
 */
export function useSourceConsent(source: string | null) {
  const [confirmedSources, setConfirmedSources] = useState<string[]>([]);
  const sameOrigin = source !== null && new URL(source).origin === window.location.origin;
  const agreed = source !== null && !sameOrigin && agreedInThisTab(source);
  const pendingSource = source && !sameOrigin && !agreed && !confirmedSources.includes(source) ? source : null;
  const [approvals] = useState(() => new SourceApprovals());
  useEffect(() => {
    if (source && (sameOrigin || agreed)) approvals.approve(source);
  }, [source, sameOrigin, agreed, approvals]);
  const confirmSource = useCallback(() => {
    if (!source) return;
    // The page's CSP reaches our origin only: the page reloads with this host allowed.
    if (agreeTo(source) === 'reload') return;
    approvals.approve(source);
    setConfirmedSources((all) => [...all, source]);
  }, [source, approvals]);
  return { pendingSource, confirmSource, approvals };
}
