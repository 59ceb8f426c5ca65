/**
 * Tells the other tabs of this browser that a stored dataset changed, so a tab showing it reloads
 * it from storage instead of showing an old copy (and saving over a newer one). BroadcastChannel
 * reaches every other same-origin tab; a tab's own messages are recognised and ignored.
 */
export type UploadEvent = { type: 'saved'; id: string; revision: number } | { type: 'removed'; id: string };

const CHANNEL = 'cible-uploads';
/** This tab: the channel also delivers to other listeners of the same tab. */
const TAB = Math.random().toString(36).slice(2);

type Envelope = UploadEvent & { tab: string };

function isEnvelope(data: unknown): data is Envelope {
  const value = data as Partial<Envelope> | null;
  return (
    !!value &&
    typeof value.id === 'string' &&
    typeof value.tab === 'string' &&
    (value.type === 'removed' || (value.type === 'saved' && typeof value.revision === 'number'))
  );
}

export function announceUploadEvent(event: UploadEvent): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ ...event, tab: TAB } satisfies Envelope);
  channel.close();
}

/** Calls `listener` for changes made in other tabs; returns how to stop listening. */
export function onUploadEvent(listener: (event: UploadEvent) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    if (!isEnvelope(message.data) || message.data.tab === TAB) return;
    const { tab: _tab, ...event } = message.data;
    listener(event as UploadEvent);
  };
  return () => channel.close();
}
