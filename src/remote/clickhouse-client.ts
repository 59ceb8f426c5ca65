import { ClickHouseError, classifyAnswer } from './clickhouse-error';

/**
 * A ClickHouse server reached over its HTTP interface, the one every release has (18.16 to
 * current). Only *simple* cross-origin requests: a POST of a `text/plain` body with no custom
 * header. A preflight (an `Authorization` header, a JSON body) gets no answer from ClickHouse at
 * all, so the credentials go as `user` / `password` URL parameters (shared/DESIGN.md, "What we
 * know about ClickHouse"). They are never written anywhere: the caller keeps them in memory.
 */
export interface ClickHouseConnection {
  /** The HTTP interface's address, e.g. `http://127.0.0.1:8123/`. */
  url: string;
  user?: string;
  password?: string;
}

export interface QueryOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up (and the server asked to stop at the same time). */
  timeoutMs?: number;
  /** For tests and Node: the fetch to use. */
  fetch?: typeof fetch;
}

/** Five minutes: the one GROUP BY scans every row of the table (100M rows: 26 s on the loaded two-core test machine, docs/clickhouse.md "Scale, measured"); room for larger tables and busier servers. */
export const DEFAULT_TIMEOUT_MS = 300_000;

/** The request's address: the interface's URL with the query's settings and the credentials. */
function requestUrl(connection: ClickHouseConnection, timeoutMs: number): string {
  const url = new URL(connection.url);
  if (connection.user) url.searchParams.set('user', connection.user);
  if (connection.password) url.searchParams.set('password', connection.password);
  // The server stops too, not only the browser: a query nobody reads should not keep running.
  url.searchParams.set('max_execution_time', String(Math.max(1, Math.ceil(timeoutMs / 1000))));
  return url.toString();
}

/** One signal that fires on the caller's cancel or at the deadline, whichever comes first. */
function deadline(signal: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    },
  };
}

/**
 * Runs one statement (its FORMAT clause included) and returns the answer's text. Fails with a
 * ClickHouseError: `cancelled` when the caller aborted, `timeout` at the deadline, `unreachable`
 * when no answer came, else what the server's answer says.
 *
 * A browser cannot read an error answer from ClickHouse 18.16 (it carries no CORS header), so
 * there a failed request looks like an unreachable server: `diagnose` tells the cases apart.
 */
export async function queryText(connection: ClickHouseConnection, sql: string, options: QueryOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const run = options.fetch ?? fetch;
  const limit = deadline(options.signal, timeoutMs);
  try {
    const send = () =>
      run(requestUrl(connection, timeoutMs), {
        method: 'POST',
        body: sql,
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        credentials: 'omit',
        signal: limit.signal,
      });
    let response: Response;
    try {
      // Once more on a network failure: a kept-alive connection the server closed while this
      // side was busy fails at once, and every statement Cible sends only reads.
      response = await send().catch((error: unknown) => {
        if (limit.signal.aborted) throw error;
        return send();
      });
    } catch (error) {
      throw failure(error, options.signal, limit.timedOut());
    }
    const text = await response.text().catch((error: unknown) => {
      throw failure(error, options.signal, limit.timedOut());
    });
    if (!response.ok) throw classifyAnswer(response.status, text);
    // An exception after the first rows arrives inside a 200 answer, at its end.
    const late = /\nCode: \d+, e\.displayText\(\)|\nCode: \d+\. DB::Exception/.exec(text);
    if (late) throw classifyAnswer(500, text.slice(late.index + 1));
    return text;
  } finally {
    limit.clear();
  }
}

function failure(error: unknown, signal: AbortSignal | undefined, timedOut: boolean): ClickHouseError {
  if (error instanceof ClickHouseError) return error;
  if (signal?.aborted) return new ClickHouseError('cancelled', '');
  if (timedOut) return new ClickHouseError('timeout', '');
  return new ClickHouseError('unreachable', error instanceof Error ? error.message : String(error));
}

/**
 * What an unreadable failure was, asked the way a browser can: a `no-cors` request to `/ping`
 * resolves whenever the server answers (the answer stays opaque), so a failure there means
 * nothing listens; then `SELECT 1` with the credentials fails only if they (or CORS) are refused;
 * then the table: a query that worked so far and fails on it names a table or column that is not
 * there. `probe` is the statement that failed, run again to see if it still does.
 */
export async function diagnose(connection: ClickHouseConnection, tableCheck: string | null, options: QueryOptions = {}): Promise<ClickHouseError> {
  const run = options.fetch ?? fetch;
  try {
    await run(new URL('ping', connection.url).toString(), { mode: 'no-cors', credentials: 'omit', signal: options.signal });
  } catch {
    return new ClickHouseError(options.signal?.aborted ? 'cancelled' : 'unreachable', '');
  }
  try {
    await queryText(connection, 'SELECT 1 FORMAT TabSeparated', options);
  } catch (error) {
    const known = error instanceof ClickHouseError ? error : new ClickHouseError('other', String(error));
    return known.code === 'unreachable' ? new ClickHouseError('refused', known.detail) : known;
  }
  if (tableCheck === null) return new ClickHouseError('other', '');
  const exists = await queryText(connection, tableCheck, options).catch(() => '0');
  return new ClickHouseError(exists.trim() === '1' ? 'unknown-column' : 'unknown-table', '');
}
