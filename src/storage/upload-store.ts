// Browser persistence for uploaded datasets, so that an upload survives a page reload.
//
// Backends, best first: OPFS (file-shaped, no structured-clone copies of large byte
// arrays), IndexedDB (Safari without main-thread createWritable, some private modes),
// then memory. Memory keeps nothing across a reload; the UI warns when
// `backend === 'memory'`.

/** One stored table file: canonical CSV bytes already validated by the ingest pipeline. */
export interface StoredFile { name: string; bytes: Uint8Array }
/** Everything about one uploaded dataset except its bytes; must be JSON-serialisable. */
export interface StoredDatasetMeta {
  id: string;            // e.g. 'u_3fa2c1d0' (lower-case letters, digits, _)
  name: string;          // shown to the user
  createdAt: string;     // ISO timestamp
  updatedAt: string;
  hashes: string[];      // sha-256 hex of each source file's bytes (to recognise the same content uploaded twice)
  details: unknown;      // ingest reports, mapping etc. (opaque JSON for this module)
}
export interface StoredDataset { meta: StoredDatasetMeta; files: StoredFile[] }
export type StoreBackend = 'opfs' | 'indexeddb' | 'memory';
export interface UploadStore {
  readonly backend: StoreBackend;
  list(): Promise<StoredDatasetMeta[]>;            // newest first (by updatedAt)
  get(id: string): Promise<StoredDataset | null>;
  put(dataset: StoredDataset): Promise<void>;      // insert or replace
  remove(id: string): Promise<void>;
}

const ID_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
const FILE_NAME_PATTERN = /^[A-Za-z0-9._-]{1,255}$/;
const META_FILE = 'meta.json';

/** A dataset after validation, with private copies of its bytes. */
interface Prepared { meta: StoredDatasetMeta; files: { name: string; bytes: Uint8Array<ArrayBuffer> }[] }

function checkId(id: string): void {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new Error(`Invalid dataset id ${JSON.stringify(id)}: expected a lower-case letter followed by at most 62 lower-case letters, digits or "_".`);
  }
}

function prepare(dataset: StoredDataset): Prepared {
  checkId(dataset.meta.id);
  const seen = new Set<string>();
  for (const { name } of dataset.files) {
    // '.' and '..' pass the character class but are not valid OPFS entry names, and
    // meta.json would overwrite ours. Names equal up to case are refused too, in case a
    // backend folds case.
    if (!FILE_NAME_PATTERN.test(name) || /^\.+$/.test(name) || name === META_FILE) {
      throw new Error(`Invalid file name ${JSON.stringify(name)}: use 1-255 of A-Z a-z 0-9 . _ - (not "${META_FILE}").`);
    }
    if (seen.has(name.toLowerCase())) throw new Error(`Duplicate file name ${JSON.stringify(name)} in dataset ${dataset.meta.id}.`);
    seen.add(name.toLowerCase());
  }
  return {
    // A JSON round trip gives every backend the same semantics as OPFS (which stores
    // JSON) and rejects a non-serialisable `details` before anything is written.
    meta: JSON.parse(JSON.stringify(dataset.meta)) as StoredDatasetMeta,
    // A view of part of a larger buffer is copied (IndexedDB would clone the whole buffer);
    // a whole buffer is not: copying a 100 MB upload here blocked the page for 100+ ms. Every
    // backend takes its own copy while put() runs (IndexedDB clones, OPFS writes, memory below).
    files: dataset.files.map((f) => ({ name: f.name, bytes: wholeBuffer(f.bytes) ?? f.bytes.slice() })),
  };
}

function wholeBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes as Uint8Array<ArrayBuffer>) : null;
}

function newestFirst(a: StoredDatasetMeta, b: StoredDatasetMeta): number {
  // An unparsable timestamp gives NaN, which falls through to the id tie-break.
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new Error('sha256Hex needs crypto.subtle, which browsers only provide on HTTPS or localhost.');
  // digest() refuses views of a SharedArrayBuffer; copy only in that case.
  const input = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', input));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// --- Memory -------------------------------------------------------------------------

export function createMemoryStore(): UploadStore {
  const datasets = new Map<string, Prepared>();
  return {
    backend: 'memory',
    async list() { return [...datasets.values()].map((d) => structuredClone(d.meta)).sort(newestFirst); },
    // Clones out as well as in, so callers see the same isolation as the real backends.
    async get(id) { checkId(id); const d = datasets.get(id); return d ? structuredClone(d) : null; },
    async put(dataset) { const d = structuredClone(prepare(dataset)); datasets.set(d.meta.id, d); },
    async remove(id) { checkId(id); datasets.delete(id); },
  };
}

// --- IndexedDB ----------------------------------------------------------------------

interface FileRecord { id: string; name: string; order: number; bytes: Uint8Array }

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export async function createIndexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<UploadStore> {
  if (!factory) throw new Error('IndexedDB is not available in this browser.');
  const opening = factory.open('cible', 1);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    db.createObjectStore('datasets', { keyPath: 'id' });
    // The index finds a dataset's files by plain key; an [id] .. [id, []] key range would
    // need the global IDBKeyRange, which an injected factory may not share.
    db.createObjectStore('files', { keyPath: ['id', 'name'] }).createIndex('by_dataset', 'id');
  };
  const db = await request(opening);
  // Let a newer version of the app in another tab upgrade the schema instead of blocking.
  db.onversionchange = () => db.close();

  /** One readwrite transaction: the dataset's old files go, then `files` (if any) are added. */
  function replace(id: string, meta: StoredDatasetMeta | null, files: Prepared['files']): Promise<void> {
    // 'strict': the user's only copy may be in here, so the commit should reach the disk.
    const tx = db.transaction(['datasets', 'files'], 'readwrite', { durability: 'strict' });
    const fileStore = tx.objectStore('files');
    if (meta) tx.objectStore('datasets').put(meta); else tx.objectStore('datasets').delete(id);
    const oldKeys = fileStore.index('by_dataset').getAllKeys(id);
    // A callback rather than `await`: the transaction must still be active when the
    // follow-up requests are made, which promise continuations do not guarantee everywhere.
    oldKeys.onsuccess = () => {
      for (const key of oldKeys.result) fileStore.delete(key);
      files.forEach((f, order) => fileStore.put({ id, name: f.name, order, bytes: f.bytes } satisfies FileRecord));
    };
    return completion(tx);
  }

  return {
    backend: 'indexeddb',
    async list() {
      const metas = await request(db.transaction('datasets').objectStore('datasets').getAll() as IDBRequest<StoredDatasetMeta[]>);
      return metas.sort(newestFirst);
    },
    async get(id) {
      checkId(id);
      const tx = db.transaction(['datasets', 'files']);
      const [meta, records] = await Promise.all([
        request(tx.objectStore('datasets').get(id) as IDBRequest<StoredDatasetMeta | undefined>),
        request(tx.objectStore('files').index('by_dataset').getAll(id) as IDBRequest<FileRecord[]>),
      ]);
      if (!meta) return null;
      return { meta, files: records.sort((a, b) => a.order - b.order).map(({ name, bytes }) => ({ name, bytes })) };
    },
    async put(dataset) {
      const { meta, files } = prepare(dataset);
      await replace(meta.id, meta, files);
    },
    async remove(id) {
      checkId(id);
      await replace(id, null, []);
    },
  };
}

// --- OPFS ---------------------------------------------------------------------------

/** meta.json: the meta plus the file names in put order (directory order is unspecified). */
interface MetaFile { meta: StoredDatasetMeta; files: string[] }
// tsconfig's lib has no DOM.AsyncIterable, where the directory iterators are declared.
type ListableDirectory = FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };

const WRITE_CHUNK = 4 * 1024 * 1024;

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Uint8Array<ArrayBuffer> | string): Promise<void> {
  // A writable stream goes to a swap file that replaces the old content only on close(),
  // so a crash leaves either the old or the new file, never a torn one.
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  try {
    if (typeof data === 'string') await writable.write(data);
    // In pieces: each write copies its data on the page's thread, and one 100 MB write was a
    // long task.
    else for (let at = 0; at < data.length || at === 0; at += WRITE_CHUNK) await writable.write(data.subarray(at, at + WRITE_CHUNK));
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function readMetaFile(root: FileSystemDirectoryHandle, id: string): Promise<MetaFile | null> {
  try {
    const dir = await root.getDirectoryHandle(id);
    const parsed = JSON.parse(await (await (await dir.getFileHandle(META_FILE)).getFile()).text()) as MetaFile;
    return parsed.meta?.id === id && Array.isArray(parsed.files) ? parsed : null;
  } catch {
    return null; // missing or unreadable: a put that never finished, or not ours
  }
}

function isNotFound(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'NotFoundError';
}

async function createOpfsStore(): Promise<UploadStore> {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) throw new Error('OPFS is not available.');
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('cible-uploads', { create: true });
  // Write probe: Safari exposes getDirectory() but (before 26) no createWritable() outside
  // workers, and private modes may refuse writes. Any failure here means "use IndexedDB".
  await writeFile(root, '.probe', 'ok');
  await root.removeEntry('.probe');

  // Web Locks serialise puts, removes and gets across tabs, so a get never mixes two
  // versions of a dataset. Not needed for list(): each meta.json is replaced atomically.
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    return typeof navigator.locks?.request === 'function' ? await navigator.locks.request('cible-uploads', work) : await work();
  }

  return {
    backend: 'opfs',
    async list() {
      const metas: StoredDatasetMeta[] = [];
      for await (const name of (root as ListableDirectory).keys()) {
        if (!ID_PATTERN.test(name)) continue;
        const stored = await readMetaFile(root, name);
        if (stored) metas.push(stored.meta);
      }
      return metas.sort(newestFirst);
    },
    async get(id) {
      checkId(id);
      return exclusive(async () => {
        const stored = await readMetaFile(root, id);
        if (!stored) return null;
        const dir = await root.getDirectoryHandle(id);
        const files = await Promise.all(stored.files.map(async (name) => {
          const file = await (await dir.getFileHandle(name)).getFile();
          return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
        }));
        return { meta: stored.meta, files };
      });
    },
    async put(dataset) {
      const { meta, files } = prepare(dataset);
      await exclusive(async () => {
        const dir = await root.getDirectoryHandle(meta.id, { create: true });
        for (const f of files) await writeFile(dir, f.name, f.bytes);
        // meta.json last: it is what makes the dataset visible, so it never names a file
        // that is not written yet.
        await writeFile(dir, META_FILE, JSON.stringify({ meta, files: files.map((f) => f.name) } satisfies MetaFile));
        // Only now may files of the replaced version (or of an interrupted put) go.
        const keep = new Set([META_FILE, ...files.map((f) => f.name)]);
        const stale: string[] = [];
        for await (const name of (dir as ListableDirectory).keys()) if (!keep.has(name)) stale.push(name);
        for (const name of stale) await dir.removeEntry(name, { recursive: true }).catch(() => undefined);
      });
    },
    async remove(id) {
      checkId(id);
      await exclusive(async () => {
        try {
          const dir = await root.getDirectoryHandle(id);
          // meta.json first: a crash part-way leaves an unlisted directory, never a listed
          // dataset with missing files.
          await dir.removeEntry(META_FILE).catch((error: unknown) => { if (!isNotFound(error)) throw error; });
          await root.removeEntry(id, { recursive: true });
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      });
    },
  };
}

// --- Choice -------------------------------------------------------------------------

let opened: Promise<UploadStore> | undefined;

export function openUploadStore(): Promise<UploadStore> {
  opened ??= (async () => {
    try { return await createOpfsStore(); } catch { /* no usable OPFS: try IndexedDB */ }
    try { return await createIndexedDbStore(); } catch { /* e.g. IndexedDB disabled in a private window */ }
    return createMemoryStore();
  })();
  return opened;
}
