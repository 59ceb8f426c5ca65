import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { StoredDataset, UploadStore } from '../../src/storage/stored-dataset';
import { createIndexedDbStore, createMemoryStore, sha256Hex } from '../../src/storage/upload-store';

const encoder = new TextEncoder();

function dataset(id: string, updatedAt: string, files: Record<string, string | Uint8Array> = { 'a.csv': 'x,y\n1,2\n' }): StoredDataset {
  return {
    meta: { id, name: `Dataset ${id}`, createdAt: '2024-01-01T00:00:00.000Z', updatedAt, hashes: [], details: { rows: 1, nested: [1, 'two'] } },
    files: Object.entries(files).map(([name, content]) => ({ name, bytes: typeof content === 'string' ? encoder.encode(content) : content })),
  };
}

// --- A minimal in-memory stand-in for the OPFS handles the store uses ----------------------
// Only what upload-store.ts calls; writes land on close(), as with a real swap file.

interface FakeOptions {
  failWriteOf?: string;
  noWritable?: boolean;
}

function domError(name: string): DOMException {
  return new DOMException(name, name);
}

class FakeDir {
  readonly entries = new Map<string, FakeDir | Uint8Array>();
  constructor(private readonly options: FakeOptions) {}

  async getDirectoryHandle(name: string, opts?: { create?: boolean }): Promise<FakeDir> {
    let entry = this.entries.get(name);
    if (entry === undefined) {
      if (!opts?.create) throw domError('NotFoundError');
      entry = new FakeDir(this.options);
      this.entries.set(name, entry);
    }
    if (!(entry instanceof FakeDir)) throw domError('TypeMismatchError');
    return entry;
  }

  async getFileHandle(name: string, opts?: { create?: boolean }) {
    const entry = this.entries.get(name);
    if (entry === undefined && !opts?.create) throw domError('NotFoundError');
    if (entry instanceof FakeDir) throw domError('TypeMismatchError');
    if (entry === undefined) this.entries.set(name, new Uint8Array());
    return {
      getFile: async () => {
        const data = this.entries.get(name);
        if (!(data instanceof Uint8Array)) throw domError('NotFoundError');
        return new Blob([data as Uint8Array<ArrayBuffer>]);
      },
      createWritable: async () => {
        if (this.options.noWritable) throw new TypeError('createWritable is not a function');
        const chunks: Uint8Array[] = [];
        return {
          write: async (data: string | Uint8Array) => {
            if (this.options.failWriteOf === name) throw domError('QuotaExceededError');
            chunks.push(typeof data === 'string' ? encoder.encode(data) : data.slice());
          },
          close: async () => {
            const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
            let at = 0;
            for (const c of chunks) {
              all.set(c, at);
              at += c.length;
            }
            this.entries.set(name, all);
          },
          abort: async () => undefined,
        };
      },
    };
  }

  async removeEntry(name: string, opts?: { recursive?: boolean }): Promise<void> {
    const entry = this.entries.get(name);
    if (entry === undefined) throw domError('NotFoundError');
    if (entry instanceof FakeDir && entry.entries.size > 0 && !opts?.recursive) throw domError('InvalidModificationError');
    this.entries.delete(name);
  }

  async *keys(): AsyncGenerator<string> {
    yield* [...this.entries.keys()];
  }

  /** Every file below this directory, as 'dir/file' paths. */
  paths(prefix = ''): string[] {
    return [...this.entries].flatMap(([name, entry]) => (entry instanceof FakeDir ? entry.paths(`${prefix}${name}/`) : [`${prefix}${name}`]));
  }
}

/** A fresh module instance, so openUploadStore()'s memo starts empty. */
async function freshModule() {
  vi.resetModules();
  return import('../../src/storage/upload-store');
}

async function openWithFakeOpfs(options: FakeOptions = {}) {
  const root = new FakeDir(options);
  vi.stubGlobal('navigator', { storage: { getDirectory: async () => root } });
  const store = await (await freshModule()).openUploadStore();
  return { root, store };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// --- Behaviour shared by every backend --------------------------------------------------------

interface Harness {
  store: UploadStore;
  /** What is physically left in the backend (null: nothing to look at beyond the API). */
  storedFiles: () => Promise<string[] | null>;
}

async function idbHarness(): Promise<Harness> {
  const factory = new IDBFactory();
  const store = await createIndexedDbStore(factory);
  return {
    store,
    storedFiles: async () => {
      const open = factory.open('cible');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const req = db.transaction('files').objectStore('files').getAllKeys();
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return keys.map((key) => (key as string[]).join('/'));
    },
  };
}

const harnesses: [string, () => Promise<Harness>][] = [
  ['memory', async () => ({ store: createMemoryStore(), storedFiles: async () => null })],
  ['indexeddb', idbHarness],
  [
    'opfs (fake handles)',
    async () => {
      const { root, store } = await openWithFakeOpfs();
      // Files live in a folder per revision (u_1/r2/a.csv): shown without it, as the other backends.
      return {
        store,
        storedFiles: async () =>
          (await root.getDirectoryHandle('cible-uploads'))
            .paths()
            .filter((p) => !p.endsWith('/meta.json'))
            .map((p) => p.replace(/\/r\d+\//, '/')),
      };
    },
  ],
];

describe.each(harnesses)('%s upload store', (backend, makeHarness) => {
  it('reports its backend', async () => {
    const { store } = await makeHarness();
    expect(backend.startsWith(store.backend)).toBe(true);
  });

  it('round-trips meta and bytes exactly, files in put order', async () => {
    const { store } = await makeHarness();
    const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    // A view into a larger buffer: only the viewed bytes may be stored.
    const view = new Uint8Array(new Uint8Array([9, 9, 1, 2, 3, 9]).buffer, 2, 3);
    const input = dataset('u_1', '2024-02-01T10:00:00.000Z', { 'z.csv': allBytes, 'a.csv': view, 'empty.csv': new Uint8Array() });
    await store.put(input);

    const got = await store.get('u_1');
    expect(got?.meta).toEqual({ ...input.meta, revision: 1 });
    expect(got?.files.map((f) => f.name)).toEqual(['z.csv', 'a.csv', 'empty.csv']);
    expect(got?.files.map((f) => [...f.bytes])).toEqual([[...allBytes], [1, 2, 3], []]);
    expect(got?.files[0]?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('keeps its own copy: later changes by the caller do not reach the store', async () => {
    const { store } = await makeHarness();
    const input = dataset('u_1', '2024-02-01T10:00:00.000Z');
    await store.put(input);
    input.files[0]!.bytes[0] = 0;
    input.meta.name = 'changed';
    const got = await store.get('u_1');
    expect(got?.meta.name).toBe('Dataset u_1');
    expect(got?.files[0]?.bytes[0]).toBe('x'.charCodeAt(0));
  });

  it('returns null for an unknown id', async () => {
    const { store } = await makeHarness();
    expect(await store.get('u_missing')).toBeNull();
  });

  it('lists newest first by updatedAt', async () => {
    const { store } = await makeHarness();
    await store.put(dataset('u_old', '2024-01-01T00:00:00.000Z'));
    await store.put(dataset('u_new', '2024-03-01T00:00:00.000Z'));
    await store.put(dataset('u_mid', '2024-02-01T00:00:00.000Z'));
    expect((await store.list()).map((m) => m.id)).toEqual(['u_new', 'u_mid', 'u_old']);
  });

  it('replaces a dataset on put, dropping files the new version lacks', async () => {
    const { store, storedFiles } = await makeHarness();
    await store.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { 'a.csv': 'old a', 'b.csv': 'old b' }));
    const replacement = dataset('u_1', '2024-01-02T00:00:00.000Z', { 'c.csv': 'new c', 'a.csv': 'new a' });
    replacement.meta.name = 'Renamed';
    await store.put(replacement);

    const got = await store.get('u_1');
    expect(got?.meta.name).toBe('Renamed');
    expect(got?.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['c.csv', 'new c'],
      ['a.csv', 'new a'],
    ]);
    expect((await store.list()).map((m) => m.id)).toEqual(['u_1']);
    const files = await storedFiles();
    if (files) expect(files.sort()).toEqual(['u_1/a.csv', 'u_1/c.csv']);
  });

  it('numbers revisions, and refuses a save based on a revision that is no longer stored', async () => {
    const { store } = await makeHarness();
    expect(await store.put(dataset('u_1', '2024-01-01T00:00:00.000Z'), { expectedRevision: null })).toBe(1);
    await expect(store.put(dataset('u_1', '2024-01-02T00:00:00.000Z'), { expectedRevision: null })).rejects.toMatchObject({ name: 'StoreConflictError' });
    expect(await store.put(dataset('u_1', '2024-01-02T00:00:00.000Z', { 'b.csv': 'second' }), { expectedRevision: 1 })).toBe(2);
    // Another tab read revision 1 too and saves after us: refused, nothing written.
    const late = store.put(dataset('u_1', '2024-01-03T00:00:00.000Z', { 'c.csv': 'late' }), { expectedRevision: 1 });
    await expect(late).rejects.toMatchObject({ name: 'StoreConflictError', expected: 1, found: 2 });
    const got = await store.get('u_1');
    expect([got?.meta.revision, got?.files.map((f) => f.name)]).toEqual([2, ['b.csv']]);
    // Without an expected revision a put replaces whatever is there.
    expect(await store.put(dataset('u_1', '2024-01-04T00:00:00.000Z'))).toBe(3);
    await store.remove('u_1');
    await expect(store.put(dataset('u_1', '2024-01-05T00:00:00.000Z'), { expectedRevision: 3 })).rejects.toMatchObject({ name: 'StoreConflictError' });
    expect(await store.get('u_1')).toBeNull();
  });

  it('removes both meta and files, leaving other datasets alone', async () => {
    const { store, storedFiles } = await makeHarness();
    await store.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { 'a.csv': '1', 'b.csv': '2' }));
    await store.put(dataset('u_2', '2024-01-02T00:00:00.000Z'));
    await store.remove('u_1');
    await store.remove('u_never'); // removing what is not there is not an error

    expect(await store.get('u_1')).toBeNull();
    expect((await store.list()).map((m) => m.id)).toEqual(['u_2']);
    const files = await storedFiles();
    if (files) expect(files).toEqual(['u_2/a.csv']);
  });

  it('refuses invalid ids and file names', async () => {
    const { store } = await makeHarness();
    for (const id of ['', 'U_1', '1abc', 'a-b', 'a/b', '..', 'a'.repeat(64)]) {
      await expect(store.put(dataset(id, '2024-01-01T00:00:00.000Z'))).rejects.toThrow(/Invalid dataset id/);
      await expect(store.get(id)).rejects.toThrow(/Invalid dataset id/);
      await expect(store.remove(id)).rejects.toThrow(/Invalid dataset id/);
    }
    for (const name of ['', '.', '..', 'a/b.csv', 'a b.csv', 'é.csv', 'meta.json']) {
      await expect(store.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { [name]: 'x' }))).rejects.toThrow(/Invalid file name/);
    }
    await expect(store.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { 'a.csv': '1', 'A.csv': '2' }))).rejects.toThrow(/Duplicate file name/);
    expect(await store.list()).toEqual([]);
    await store.put(dataset('a'.repeat(63), '2024-01-01T00:00:00.000Z')); // the longest valid id
  });
});

describe('indexeddb upload store', () => {
  it('keeps datasets across a reopen (page reload)', async () => {
    const factory = new IDBFactory();
    await (await createIndexedDbStore(factory)).put(dataset('u_1', '2024-01-01T00:00:00.000Z'));
    const reopened = await createIndexedDbStore(factory);
    expect((await reopened.list()).map((m) => m.id)).toEqual(['u_1']);
    expect(new TextDecoder().decode((await reopened.get('u_1'))?.files[0]?.bytes)).toBe('x,y\n1,2\n');
  });
});

describe('two tabs on one IndexedDB (two connections to one database)', () => {
  const text = (d: StoredDataset | null) => d?.files.map((f) => `${f.name}=${new TextDecoder().decode(f.bytes)}`).join(' ');

  it('both append to revision 1 at once: one save wins whole, the other is refused, no rows lost silently', async () => {
    const factory = new IDBFactory();
    const tabA = await createIndexedDbStore(factory);
    const tabB = await createIndexedDbStore(factory);
    await tabA.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { 'sales.csv': 'base', 'targets.csv': 'base' }));
    const read = (await tabB.get('u_1'))!.meta.revision!;
    const results = await Promise.allSettled([
      tabA.put(dataset('u_1', '2024-01-02T00:00:00.000Z', { 'sales.csv': 'base+A', 'targets.csv': 'A' }), { expectedRevision: read }),
      tabB.put(dataset('u_1', '2024-01-02T00:00:00.000Z', { 'sales.csv': 'base+B', 'targets.csv': 'B' }), { expectedRevision: read }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ name: 'StoreConflictError', expected: 1, found: 2 });
    const winner = results[0]!.status === 'fulfilled' ? 'A' : 'B';
    expect(text(await tabA.get('u_1'))).toBe(`sales.csv=base+${winner} targets.csv=${winner}`);
    expect(text(await tabB.get('u_1'))).toBe(`sales.csv=base+${winner} targets.csv=${winner}`);
  });

  it('a tab reading while the other saves again and again sees whole revisions only', async () => {
    const factory = new IDBFactory();
    const writer = await createIndexedDbStore(factory);
    const reader = await createIndexedDbStore(factory);
    const version = (n: number) => dataset('u_1', '2024-01-01T00:00:00.000Z', { 'sales.csv': `v${n}`, 'targets.csv': `v${n}`, 'events.csv': `v${n}` });
    await writer.put(version(0));
    const writes = (async () => {
      for (let n = 1; n <= 20; n++) await writer.put(version(n));
    })();
    const seen: string[] = [];
    let done = false;
    void writes.finally(() => (done = true));
    while (!done) seen.push(text(await reader.get('u_1'))!);
    await writes;
    expect(seen.length).toBeGreaterThan(0);
    for (const state of seen) expect(state).toMatch(/^sales\.csv=(v\d+) targets\.csv=\1 events\.csv=\1$/);
  });
});

describe('upload events between tabs', () => {
  it('a save or deletion in one tab reaches the other tabs, not the tab itself', async () => {
    const tabA = await import('../../src/storage/upload-events');
    vi.resetModules();
    const tabB = await import('../../src/storage/upload-events');
    const heardByA: unknown[] = [];
    const heardByB: unknown[] = [];
    const stopA = tabA.onUploadEvent((e) => heardByA.push(e));
    const stopB = tabB.onUploadEvent((e) => heardByB.push(e));
    try {
      tabA.announceUploadEvent({ type: 'saved', id: 'u_1', revision: 2 });
      tabA.announceUploadEvent({ type: 'removed', id: 'u_2' });
      await vi.waitFor(() => expect(heardByB).toHaveLength(2));
      expect(heardByB).toEqual([
        { type: 'saved', id: 'u_1', revision: 2 },
        { type: 'removed', id: 'u_2' },
      ]);
      expect(heardByA).toEqual([]);
    } finally {
      stopA();
      stopB();
    }
  });
});

describe('opfs upload store (fake handles)', () => {
  it('a save cut short part-way leaves the previous revision whole (never new sales with old targets)', async () => {
    const options: FakeOptions = {};
    const { store } = await openWithFakeOpfs(options);
    await store.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { 'sales.csv': 'old sales', 'targets.csv': 'old targets' }));
    // The next save fails on its second file (quota, tab closed): the first is already written.
    options.failWriteOf = 'targets.csv';
    await expect(store.put(dataset('u_1', '2024-01-02T00:00:00.000Z', { 'sales.csv': 'new sales', 'targets.csv': 'new targets' }))).rejects.toThrow();
    const got = await store.get('u_1');
    expect(got?.meta.revision).toBe(1);
    expect(got?.files.map((f) => new TextDecoder().decode(f.bytes))).toEqual(['old sales', 'old targets']);
  });

  it('does not list a dataset whose put failed before meta.json was written', async () => {
    const { store } = await openWithFakeOpfs({ failWriteOf: 'b.csv' });
    await expect(store.put(dataset('u_1', '2024-01-01T00:00:00.000Z', { 'a.csv': '1', 'b.csv': '2' }))).rejects.toThrow();
    expect(await store.list()).toEqual([]);
    expect(await store.get('u_1')).toBeNull();
  });

  it('ignores directories without a readable meta.json', async () => {
    const { root, store } = await openWithFakeOpfs();
    await store.put(dataset('u_1', '2024-01-01T00:00:00.000Z'));
    const uploads = await root.getDirectoryHandle('cible-uploads');
    await (await uploads.getDirectoryHandle('u_2', { create: true })).getFileHandle('a.csv', { create: true });
    const broken = await uploads.getDirectoryHandle('u_3', { create: true });
    const meta = await (await broken.getFileHandle('meta.json', { create: true })).createWritable();
    await meta.write('{not json');
    await meta.close();
    expect((await store.list()).map((m) => m.id)).toEqual(['u_1']);
  });
});

describe('openUploadStore()', () => {
  it('falls back to memory when neither OPFS nor IndexedDB is available, and is memoised', async () => {
    vi.stubGlobal('navigator', undefined);
    vi.stubGlobal('indexedDB', undefined);
    const { openUploadStore } = await freshModule();
    const store = await openUploadStore();
    expect(store.backend).toBe('memory');
    expect(await openUploadStore()).toBe(store);
  });

  it('uses IndexedDB when getDirectory exists but OPFS refuses writes', async () => {
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => new FakeDir({ noWritable: true }) } });
    vi.stubGlobal('indexedDB', new IDBFactory());
    expect((await (await freshModule()).openUploadStore()).backend).toBe('indexeddb');
  });

  it('uses IndexedDB when getDirectory throws', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        getDirectory: async () => {
          throw domError('SecurityError');
        },
      },
    });
    vi.stubGlobal('indexedDB', new IDBFactory());
    expect((await (await freshModule()).openUploadStore()).backend).toBe('indexeddb');
  });

  it('prefers OPFS when it works, leaving no probe file behind', async () => {
    const { root, store } = await openWithFakeOpfs();
    expect(store.backend).toBe('opfs');
    expect(root.paths()).toEqual([]);
  });
});

describe('sha256Hex()', () => {
  it('matches the FIPS 180-2 test vector for "abc"', async () => {
    expect(await sha256Hex(encoder.encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes only the bytes of a view, not its whole buffer', async () => {
    const view = new Uint8Array(encoder.encode('xxabcxx').buffer, 2, 3);
    expect(await sha256Hex(view)).toBe(await sha256Hex(encoder.encode('abc')));
  });
});
