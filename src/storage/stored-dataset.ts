// What every upload-store backend shares: the stored shapes, the checks made before anything is
// written, and the revision rule that keeps two tabs from overwriting each other's work.

import { message, MessageError, type Message } from '../i18n/message';

/** One stored table file: canonical CSV bytes already validated by the ingest pipeline. */
export interface StoredFile {
  name: string;
  bytes: Uint8Array;
}
/** Everything about one uploaded dataset except its bytes; must be JSON-serialisable. */
export interface StoredDatasetMeta {
  id: string; // e.g. 'u_3fa2c1d0' (lower-case letters, digits, _)
  name: string; // shown to the user
  createdAt: string; // ISO timestamp
  updatedAt: string;
  hashes: string[]; // sha-256 hex of each source file's bytes (to recognise the same content uploaded twice)
  details: unknown; // ingest reports, mapping etc. (opaque JSON for this module)
  /**
   * Set by the store: 1 on the first put, one more on each later put. A writer that read
   * revision N and saves with `expectedRevision: N` fails if another tab saved in between.
   * (Datasets stored before revisions existed read as 0.)
   */
  revision?: number;
}
export interface StoredDataset {
  meta: StoredDatasetMeta;
  files: StoredFile[];
}
export type StoreBackend = 'opfs' | 'indexeddb' | 'memory';

export interface PutOptions {
  /**
   * The revision the writer based its change on: the put fails with a StoreConflictError when
   * the stored dataset is at another one. `null`: the dataset must not exist yet. Left out: the
   * put replaces whatever is there.
   */
  expectedRevision?: number | null;
}

export interface UploadStore {
  readonly backend: StoreBackend;
  list(): Promise<StoredDatasetMeta[]>; // newest first (by updatedAt)
  get(id: string): Promise<StoredDataset | null>;
  /** Insert or replace, all or nothing; returns the revision now stored. */
  put(dataset: StoredDataset, options?: PutOptions): Promise<number>;
  remove(id: string): Promise<void>;
}

/** Another tab saved (or deleted) the dataset after this writer read it: nothing was written. */
export class StoreConflictError extends MessageError {
  override readonly name = 'StoreConflictError';
  constructor(
    readonly id: string,
    readonly expected: number | null,
    readonly found: number | null,
  ) {
    const revision = (n: number | null, none: Message) => (n === null ? none : message('storage.revision', { revision: n }));
    super(
      message('storage.conflict', { dataset: id, expected: revision(expected, message('storage.noDataset')), found: revision(found, message('storage.none')) }),
    );
  }
}

export const ID_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
const FILE_NAME_PATTERN = /^[A-Za-z0-9._-]{1,255}$/;
export const META_FILE = 'meta.json';

/** A dataset after validation, with private copies of its bytes. */
export interface Prepared {
  meta: StoredDatasetMeta;
  files: { name: string; bytes: Uint8Array<ArrayBuffer> }[];
}

export function checkId(id: string): void {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new MessageError(message('storage.invalidId', { id: JSON.stringify(id) }));
  }
}

export function prepare(dataset: StoredDataset): Prepared {
  checkId(dataset.meta.id);
  const seen = new Set<string>();
  for (const { name } of dataset.files) {
    // '.' and '..' pass the character class but are not valid OPFS entry names, and
    // meta.json would overwrite ours. Names equal up to case are refused too, in case a
    // backend folds case.
    if (!FILE_NAME_PATTERN.test(name) || /^\.+$/.test(name) || name === META_FILE) {
      throw new MessageError(message('storage.invalidFileName', { name: JSON.stringify(name), reserved: META_FILE }));
    }
    if (seen.has(name.toLowerCase())) throw new MessageError(message('storage.duplicateFileName', { name: JSON.stringify(name), dataset: dataset.meta.id }));
    seen.add(name.toLowerCase());
  }
  return {
    // A JSON round trip gives every backend the same semantics as OPFS (which stores
    // JSON) and rejects a non-serialisable `details` before anything is written.
    meta: JSON.parse(JSON.stringify(dataset.meta)) as StoredDatasetMeta,
    // A view of part of a larger buffer is copied (IndexedDB would clone the whole buffer);
    // a whole buffer is not: copying a 100 MB upload here blocked the page for 100+ ms. Every
    // backend takes its own copy while put() runs (IndexedDB clones, OPFS writes, memory clones).
    files: dataset.files.map((f) => ({ name: f.name, bytes: wholeBuffer(f.bytes) ?? f.bytes.slice() })),
  };
}

/**
 * The meta to store over `current` (null: nothing stored), or a StoreConflictError when the
 * writer based its change on another revision than the one stored.
 */
export function nextMeta(meta: StoredDatasetMeta, current: StoredDatasetMeta | null, options: PutOptions = {}): StoredDatasetMeta {
  const found = current ? (current.revision ?? 0) : null;
  if (options.expectedRevision !== undefined && options.expectedRevision !== found) throw new StoreConflictError(meta.id, options.expectedRevision, found);
  return { ...meta, revision: (found ?? 0) + 1 };
}

export function newestFirst(a: StoredDatasetMeta, b: StoredDatasetMeta): number {
  // An unparsable timestamp gives NaN, which falls through to the id tie-break.
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function wholeBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> | null {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : null;
}
