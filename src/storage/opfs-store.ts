// The OPFS backend of the upload store: one directory per dataset, holding meta.json and one
// folder per saved revision (`r3/sales.csv` …). meta.json names the folder to read, and is
// replaced atomically, so a reader sees one whole revision or the previous one — never the new
// sales with the old targets — even if a save is cut short (tab closed, quota hit, crash).
import { message, MessageError } from '../i18n/message';
import { checkId, ID_PATTERN, META_FILE, newestFirst, nextMeta, prepare, type StoredDatasetMeta, type UploadStore } from './stored-dataset';

/** meta.json: the meta, the file names in put order (directory order is unspecified), their folder. */
interface MetaFile {
  meta: StoredDatasetMeta;
  files: string[];
  /** `r<revision>`; absent in datasets saved before revisions existed (files beside meta.json). */
  folder?: string;
}
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

export async function createOpfsStore(): Promise<UploadStore> {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) throw new MessageError(message('storage.noOpfs'));
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('cible-uploads', { create: true });
  // Write probe: Safari exposes getDirectory() but (before 26) no createWritable() outside
  // workers, and private modes may refuse writes. Any failure here means "use IndexedDB".
  await writeFile(root, '.probe', 'ok');
  await root.removeEntry('.probe');

  // Web Locks serialise puts, removes and gets across tabs: a put's revision check and its
  // writes happen with no other tab in between. Not needed for list(): meta.json is atomic.
  async function exclusive<T>(work: () => Promise<T>): Promise<T> {
    return typeof navigator.locks?.request === 'function' ? await navigator.locks.request('cible-uploads', work) : await work();
  }

  async function readDataset(id: string) {
    const stored = await readMetaFile(root, id);
    if (!stored) return null;
    let dir = await root.getDirectoryHandle(id);
    if (stored.folder) dir = await dir.getDirectoryHandle(stored.folder);
    const files = await Promise.all(
      stored.files.map(async (name) => {
        const file = await (await dir.getFileHandle(name)).getFile();
        return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
      }),
    );
    return { meta: stored.meta, files };
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
        // Without Web Locks a put in another tab may delete the folder being read: read again.
        for (let attempt = 1; ; attempt++) {
          try {
            return await readDataset(id);
          } catch (error) {
            if (!isNotFound(error) || attempt === 3) throw error;
          }
        }
      });
    },
    async put(dataset, options) {
      const prepared = prepare(dataset);
      return exclusive(async () => {
        const meta = nextMeta(prepared.meta, (await readMetaFile(root, prepared.meta.id))?.meta ?? null, options);
        const dir = await root.getDirectoryHandle(meta.id, { create: true });
        const folder = `r${meta.revision}`;
        // A folder of that name can only be left by a put that never reached meta.json.
        await dir.removeEntry(folder, { recursive: true }).catch(() => undefined);
        const target = await dir.getDirectoryHandle(folder, { create: true });
        for (const f of prepared.files) await writeFile(target, f.name, f.bytes);
        // meta.json last: it is what makes the new revision visible, so it never names a file
        // that is not written yet.
        await writeFile(dir, META_FILE, JSON.stringify({ meta, files: prepared.files.map((f) => f.name), folder } satisfies MetaFile));
        // Only now may the replaced revision (or an interrupted put's leftovers) go.
        const stale: string[] = [];
        for await (const name of (dir as ListableDirectory).keys()) if (name !== META_FILE && name !== folder) stale.push(name);
        for (const name of stale) await dir.removeEntry(name, { recursive: true }).catch(() => undefined);
        return meta.revision!;
      });
    },
    async remove(id) {
      checkId(id);
      await exclusive(async () => {
        try {
          const dir = await root.getDirectoryHandle(id);
          // meta.json first: a crash part-way leaves an unlisted directory, never a listed
          // dataset with missing files.
          await dir.removeEntry(META_FILE).catch((error: unknown) => {
            if (!isNotFound(error)) throw error;
          });
          await root.removeEntry(id, { recursive: true });
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      });
    },
  };
}
