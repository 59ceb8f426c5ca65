import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, HISTORY_MAX_CHARS, addToHistory, readDraft, readHistory, writeDraft, type KeyValueStore } from '../../src/storage/console-history';
import type { HistoryEntry } from '../../src/model/history-entry';

/** A Storage with what localStorage does: strings in, strings out, optionally full. */
function memoryStore(full = false): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, String(value));
    },
  };
}

const entry = (sql: string, ok = true): HistoryEntry => ({ sql, at: '2024-05-01T10:00:00.000Z', ok, rows: ok ? 3 : null, elapsedMs: 12 });

describe('console history', () => {
  it('keeps the newest first and survives a new read (a reload)', () => {
    const store = memoryStore();
    addToHistory(entry('SELECT 1'), store);
    addToHistory(entry('SELECT 2'), store);
    expect(readHistory(store).map((e) => e.sql)).toEqual(['SELECT 2', 'SELECT 1']);
  });

  it('moves a query run again to the top instead of listing it twice', () => {
    const store = memoryStore();
    for (const sql of ['SELECT 1', 'SELECT 2', 'SELECT 1']) addToHistory(entry(sql), store);
    expect(readHistory(store).map((e) => e.sql)).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it(`keeps the last ${HISTORY_LIMIT} and skips blank or oversized texts`, () => {
    const store = memoryStore();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) addToHistory(entry(`SELECT ${i}`), store);
    addToHistory(entry('   '), store);
    addToHistory(entry(`SELECT '${'x'.repeat(HISTORY_MAX_CHARS)}'`), store);
    const list = readHistory(store);
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0]!.sql).toBe(`SELECT ${HISTORY_LIMIT + 4}`);
  });

  it('drops damaged or foreign entries instead of trusting them', () => {
    const store = memoryStore();
    store.setItem('cible.console.history.v1', JSON.stringify([entry('SELECT 1'), { sql: 1 }, '<img src=x>', null]));
    expect(readHistory(store).map((e) => e.sql)).toEqual(['SELECT 1']);
    store.setItem('cible.console.history.v1', '{not json');
    expect(readHistory(store)).toEqual([]);
  });

  it('still returns the list when storage is full or missing', () => {
    expect(addToHistory(entry('SELECT 1'), memoryStore(true)).map((e) => e.sql)).toEqual(['SELECT 1']);
    expect(addToHistory(entry('SELECT 1'), null).map((e) => e.sql)).toEqual(['SELECT 1']);
    expect(readHistory(null)).toEqual([]);
  });

  it('keeps the text being edited', () => {
    const store = memoryStore();
    expect(readDraft(store)).toBeNull();
    writeDraft('SELECT *\nFROM sales', store);
    expect(readDraft(store)).toBe('SELECT *\nFROM sales');
  });
});
