/**
 * The SQL console's memory in this browser (localStorage): the last queries run, newest first,
 * and the text being edited, so a reload or a closed tab loses nothing. Entries are checked on
 * the way in: a damaged or foreign value is dropped, never trusted.
 */
import type { HistoryEntry } from '../model/history-entry';

/** The small part of the Storage API used here, so tests can hand in their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const HISTORY_KEY = 'cible.console.history.v1';
const DRAFT_KEY = 'cible.console.draft.v1';
export const HISTORY_LIMIT = 50;
/** Longer texts are kept in the editor but not in the history (localStorage holds ~5 MB). */
export const HISTORY_MAX_CHARS = 20_000;

function isEntry(value: unknown): value is HistoryEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sql === 'string' &&
    typeof v.at === 'string' &&
    typeof v.ok === 'boolean' &&
    (v.rows === null || typeof v.rows === 'number') &&
    typeof v.elapsedMs === 'number'
  );
}

function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage blocked by the browser's settings.
    return null;
  }
}

export function readHistory(store: KeyValueStore | null = browserStore()): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/**
 * Puts `entry` first; the same text run again moves up instead of appearing twice. Returns the
 * new list (also when it could not be saved: private browsing, storage full).
 */
export function addToHistory(entry: HistoryEntry, store: KeyValueStore | null = browserStore()): HistoryEntry[] {
  const previous = readHistory(store);
  if (entry.sql.trim() === '' || entry.sql.length > HISTORY_MAX_CHARS) return previous;
  const next = [entry, ...previous.filter((e) => e.sql !== entry.sql)].slice(0, HISTORY_LIMIT);
  try {
    store?.setItem(HISTORY_KEY, JSON.stringify(next));
  } catch {
    // Storage full or refused: the list still shows for this visit.
  }
  return next;
}

export function clearHistory(store: KeyValueStore | null = browserStore()): void {
  try {
    store?.setItem(HISTORY_KEY, '[]');
  } catch {
    // Nothing stored, nothing to clear.
  }
}

export function readDraft(store: KeyValueStore | null = browserStore()): string | null {
  try {
    return store?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeDraft(text: string, store: KeyValueStore | null = browserStore()): void {
  try {
    store?.setItem(DRAFT_KEY, text.length > HISTORY_MAX_CHARS * 5 ? text.slice(0, HISTORY_MAX_CHARS * 5) : text);
  } catch {
    // Storage full or refused: the text stays in the editor.
  }
}
