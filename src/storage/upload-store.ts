// Browser persistence for uploaded datasets, so that an upload survives a page reload.
//
// Backends, best first: OPFS (file-shaped, no structured-clone copies of large byte
// arrays), IndexedDB (Safari without main-thread createWritable, some private modes),
// then memory. Memory keeps nothing across a reload; the UI warns when
// `backend === 'memory'`. The shapes and checks all backends share are in stored-dataset.ts,
// the OPFS backend in opfs-store.ts. Every backend's put is all or nothing and refuses to save
// over a revision the writer did not read (another tab's save), see PutOptions.

import { message, MessageError } from '../i18n/message';
import { createOpfsStore } from './opfs-store';
import {
  checkId,
  newestFirst,
  nextMeta,
  prepare,
  type PutOptions,
  type Prepared,
  type StoreConflictError,
  type StoredDatasetMeta,
  type UploadStore,
} from './stored-dataset';
import { announceUploadEvent } from './upload-events';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new MessageError(message('storage.noCrypto'));
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
    async list() {
      return [...datasets.values()].map((d) => structuredClone(d.meta)).sort(newestFirst);
    },
    // Clones out as well as in, so callers see the same isolation as the real backends.
    async get(id) {
      checkId(id);
      const d = datasets.get(id);
      return d ? structuredClone(d) : null;
    },
    async put(dataset, options) {
      // Cloned: prepare() keeps a whole buffer as it is, and the caller may reuse it.
      const d = structuredClone(prepare(dataset));
      const meta = nextMeta(d.meta, datasets.get(d.meta.id)?.meta ?? null, options);
      datasets.set(meta.id, { ...d, meta });
      return meta.revision!;
    },
    async remove(id) {
      checkId(id);
      datasets.delete(id);
    },
  };
}

// --- IndexedDB ----------------------------------------------------------------------

interface FileRecord {
  id: string;
  name: string;
  order: number;
  bytes: Uint8Array;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new MessageError(message('storage.indexedDbFailed')));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new MessageError(message('storage.indexedDbFailed')));
    tx.onabort = () => reject(tx.error ?? new MessageError(message('storage.indexedDbFailed')));
  });
}

export async function createIndexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<UploadStore> {
  if (!factory) throw new MessageError(message('storage.noIndexedDb'));
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

  /**
   * One readwrite transaction: the revision check, then the dataset's old files go and `files`
   * (if any) are added. `meta` null removes the dataset. All or nothing, across tabs too.
   */
  function replace(id: string, meta: StoredDatasetMeta | null, files: Prepared['files'], options: PutOptions = {}): Promise<number> {
    // 'strict': the user's only copy may be in here, so the commit should reach the disk.
    const tx = db.transaction(['datasets', 'files'], 'readwrite', { durability: 'strict' });
    const fileStore = tx.objectStore('files');
    const metaStore = tx.objectStore('datasets');
    let conflict: StoreConflictError | null = null;
    let revision = 0;
    const current = metaStore.get(id) as IDBRequest<StoredDatasetMeta | undefined>;
    // Callbacks rather than `await`: the transaction must still be active when the follow-up
    // requests are made, which promise continuations do not guarantee everywhere.
    current.onsuccess = () => {
      let next: StoredDatasetMeta | null = null;
      try {
        next = meta ? nextMeta(meta, current.result ?? null, options) : null;
      } catch (error) {
        conflict = error as StoreConflictError;
        tx.abort();
        return;
      }
      revision = next?.revision ?? 0;
      if (next) metaStore.put(next);
      else metaStore.delete(id);
      const oldKeys = fileStore.index('by_dataset').getAllKeys(id);
      oldKeys.onsuccess = () => {
        for (const key of oldKeys.result) fileStore.delete(key);
        files.forEach((f, order) => fileStore.put({ id, name: f.name, order, bytes: f.bytes } satisfies FileRecord));
      };
    };
    return completion(tx).then(
      () => revision,
      (error: unknown) => {
        throw conflict ?? error;
      },
    );
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
    async put(dataset, options) {
      const { meta, files } = prepare(dataset);
      return replace(meta.id, meta, files, options);
    },
    async remove(id) {
      checkId(id);
      await replace(id, null, []);
    },
  };
}

// --- Choice -------------------------------------------------------------------------

let opened: Promise<UploadStore> | undefined;

/** Tells the other tabs about every save and deletion (see upload-events.ts). */
function announcing(store: UploadStore): UploadStore {
  return {
    backend: store.backend,
    list: () => store.list(),
    get: (id) => store.get(id),
    async put(dataset, options) {
      const revision = await store.put(dataset, options);
      announceUploadEvent({ type: 'saved', id: dataset.meta.id, revision });
      return revision;
    },
    async remove(id) {
      await store.remove(id);
      announceUploadEvent({ type: 'removed', id });
    },
  };
}

export function openUploadStore(): Promise<UploadStore> {
  opened ??= (async () => {
    try {
      return announcing(await createOpfsStore());
    } catch {
      /* no usable OPFS: try IndexedDB */
    }
    try {
      return announcing(await createIndexedDbStore());
    } catch {
      /* e.g. IndexedDB disabled in a private window */
    }
    // Memory is this tab's alone: nothing to tell the others.
    return createMemoryStore();
  })();
  return opened;
}
