import type { Engine } from './engine';

/**
 * Knowing when the database engine has died. DuckDB-WASM runs in a Web Worker; when that worker
 * crashes, is closed, or the WASM runs out of memory, the calls waiting on it never settle (its
 * client drops pending requests on a worker error without rejecting them). The watch turns all
 * of these into one event: `dead` resolves, and every call in flight or made later rejects with
 * an EngineCrashedError, so the app can say so and start a new engine.
 */
export class EngineCrashedError extends Error {
  override readonly name = 'EngineCrashedError';
  constructor(readonly reason: string) {
    super(`The database engine stopped (${reason}).`);
  }
}

export function isEngineCrash(error: unknown): error is EngineCrashedError {
  return (error as { name?: unknown } | null)?.name === 'EngineCrashedError';
}

/**
 * Errors after which the WASM instance cannot be trusted: a trap (RuntimeError: unreachable,
 * memory access out of bounds), an abort, or running out of memory (DuckDB's own "Out of Memory
 * Error" included: the instance keeps its grown memory, so a fresh one is the way out). Ordinary
 * SQL errors ("Binder Error: … RuntimeError …") are not: only the error's name or the start of
 * its message count, through its causes (a QueryError wraps the worker's error).
 */
const FATAL_START = /^(RuntimeError\b|Aborted\(|Out of Memory Error\b|out of memory\b)|memory access out of bounds|Cannot enlarge memory/i;

export function isFatalEngineError(error: unknown): boolean {
  for (let current = error, depth = 0; current != null && depth < 5; depth++) {
    if (current instanceof Error) {
      if (current.name === 'RuntimeError' || FATAL_START.test(current.message)) return true;
      current = current.cause;
    } else return FATAL_START.test(String(current));
  }
  return false;
}

export interface EngineWatch {
  /** Resolves (never rejects) with the reason once the engine is declared dead. */
  readonly dead: Promise<EngineCrashedError>;
  isDead(): boolean;
  /** Declares the engine dead (first reason wins). */
  kill(reason: string): void;
  /** Runs one engine call: it rejects at once if the engine dies meanwhile; fatal errors kill it. */
  guard<T>(work: () => Promise<T>): Promise<T>;
  /** Asks the engine to answer within `timeoutMs`; if it does not, declares it dead. */
  check(timeoutMs: number): Promise<boolean>;
}

/** `ping` must reach the engine without waiting behind queued queries (DuckDB-WASM's ping()). */
export function createEngineWatch(ping: () => Promise<unknown>): EngineWatch {
  let crash: EngineCrashedError | null = null;
  let declare: (error: EngineCrashedError) => void = () => undefined;
  const dead = new Promise<EngineCrashedError>((resolve) => (declare = resolve));
  // The calls waiting now, told of a death. Not `Promise.race` with `dead`: every race leaves a
  // reaction on `dead`, which never settles while the engine lives, and that reaction kept each
  // call's answer reachable: the page's heap grew by every result of a day-long session.
  const waiting = new Set<(error: EngineCrashedError) => void>();
  const kill = (reason: string) => {
    if (crash) return;
    crash = new EngineCrashedError(reason);
    declare(crash);
    for (const tell of [...waiting]) tell(crash);
    waiting.clear();
  };
  /** Settles with `work`, or rejects with the crash if the engine dies first. */
  const untilDeath = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (crash) return reject(crash);
      waiting.add(reject);
      work.then(resolve, reject).finally(() => waiting.delete(reject));
    });
  return {
    dead,
    isDead: () => crash !== null,
    kill,
    guard<T>(work: () => Promise<T>): Promise<T> {
      if (crash) return Promise.reject(crash);
      const call = work().catch((error: unknown) => {
        if (isFatalEngineError(error)) kill(error instanceof Error ? error.message.split('\n')[0]! : String(error));
        throw crash ?? error;
      });
      return untilDeath(call);
    },
    async check(timeoutMs: number): Promise<boolean> {
      if (crash) return false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answered = await untilDeath(
        Promise.race([
          ping().then(
            () => true,
            (error: unknown) => !isFatalEngineError(error),
          ),
          new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
        ]),
      ).catch(() => false);
      clearTimeout(timer);
      if (!answered) kill(`no answer for ${Math.round(timeoutMs / 1000)} s`);
      return answered;
    },
  };
}

/** The same engine, with every call run under the watch. */
export function watchedEngine(engine: Engine, watch: EngineWatch): Engine {
  return {
    get version() {
      return engine.version;
    },
    query: (sql, params, options) => watch.guard(() => engine.query(sql, params, options)),
    exec: (sql) => watch.guard(() => engine.exec(sql)),
    execAll: (statements) => watch.guard(() => engine.execAll(statements)),
    registerFile: (name, bytes) => watch.guard(() => engine.registerFile(name, bytes)),
    dropFile: (name) => watch.guard(() => engine.dropFile(name)),
    insert: (options, columns) => watch.guard(() => engine.insert(options, columns)),
    // A session (the SQL console's own connection) lives in the same worker: it dies with it.
    openSession: async () => watchedEngine(await watch.guard(() => engine.openSession()), watch),
    cancel: () => (watch.isDead() ? Promise.resolve() : engine.cancel()),
    // Closing a dead engine would wait forever: its owner terminates the worker instead.
    close: () => (watch.isDead() ? Promise.resolve() : engine.close()),
  };
}
