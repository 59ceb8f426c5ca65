/**
 * DuckDB is locked before anything else runs on it: no file outside two virtual folders, no URL,
 * no extension download, and no way to change that back from SQL.
 *
 * Why at start-up and not after loading: the SQL console (and any bug) could otherwise run
 * `COPY … TO 'http://…'`, `ATTACH 'https://…'` or `read_csv('http://…')` in the window before
 * the lock; DuckDB-WASM's own HTTP file system reaches any URL from its worker, where the page's
 * Content-Security-Policy does not apply. Loading still works because the loaders register their
 * bytes under the allowed folders below, which DuckDB's CSV reader may read even when external
 * access is off (checked in Chromium and in the Node bundle, see test/integration/lockdown.test.ts),
 * and which a prebuilt database file may be attached from, read-only (the bundled sample,
 * test/integration/prebuilt-sample.test.ts and every e2e test that opens it).
 */

/** Where the bundled and uploaded datasets' canonical CSVs (or database file) are registered while they load. */
export const DATASET_FILES_DIR = 'bundled/';
/** Where plain tables (uploads of kind "other table") are registered while they load. */
export const UPLOAD_FILES_DIR = 'uploads/';

const ALLOWED_DIRECTORIES = [DATASET_FILES_DIR, UPLOAD_FILES_DIR];

/**
 * Order matters: the allowed folders must be set before external access is switched off, and
 * everything before the configuration is locked (after that, every global `SET` is refused —
 * `SET search_path`, a per-connection setting, still works).
 */
export const LOCKDOWN_SQL = [
  `SET allowed_directories = [${ALLOWED_DIRECTORIES.map((d) => `'${d}'`).join(', ')}]`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];

/**
 * True when DuckDB refused a statement because of the lockdown (or because the console refused it
 * first): the console then says, in plain words, that it cannot reach files or the network.
 */
export function isLockdownRefusal(message: string): boolean {
  return /file system operations are disabled by configuration|disabled through configuration|the configuration has been locked|Permission Error/i.test(
    message,
  );
}
