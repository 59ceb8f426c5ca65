import { buildOutlook, type Outlook, type OutlookInput } from '../analytics/outlook';

export type OutlookRequest = { id: number; input: OutlookInput };
export type OutlookAnswer = { id: number; outlook: Outlook } | { id: number; error: string };

// Fits the forecast models and draws their 2,000 sample paths off the page's thread: on a
// slow machine that is one task of 100 ms or more, while the dashboard is loading.
const scope = self as unknown as { postMessage(message: OutlookAnswer): void; onmessage: ((event: MessageEvent<OutlookRequest>) => void) | null };
scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ id, outlook: buildOutlook(input) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
