import { message, MessageError } from '../i18n/message';
import type { Engine } from '../engine/engine';
import type { EngineCrashedError, EngineWatch } from '../engine/engine-watch';

/** A started engine and the watch that says when it dies (see engine/engine-watch.ts). */
export interface SupervisedEngine {
  engine: Engine;
  watch: EngineWatch;
}

export interface SupervisorListener {
  /** The engine died; a new one is starting (`restarts` counts them in the recent window). */
  crashed(reason: string, restarts: number): void;
  restarted(engine: Engine, restarts: number): void;
  /** The engine cannot be (re)started, or keeps dying: the page says so and stops trying. */
  gaveUp(error: Error): void;
}

/** More than this many deaths within RESTART_WINDOW_MS and the supervisor stops restarting. */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 5 * 60_000;

/**
 * Keeps one live engine: starts it on first use and, when its watch declares it dead (worker
 * crash, out of memory, no answer to a ping), starts a new one and tells the listener, which
 * reloads the data. An engine that dies again and again (a dataset too large for this device)
 * is not restarted forever. Framework-free, so it is tested on the Node engine.
 */
export class EngineSupervisor {
  private current: Promise<SupervisedEngine> | null = null;
  private deaths: number[] = [];
  private disposed = false;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly start: () => Promise<SupervisedEngine>,
    private readonly listener: SupervisorListener,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The live engine (starting it, or waiting for a restart, if needed). */
  async engine(): Promise<Engine> {
    this.current ??= this.launch();
    return (await this.current).engine;
  }

  /**
   * Pings the live engine; one that does not answer within `timeoutMs` is declared dead. A check
   * asked for while one is waiting joins it (a heartbeat faster than the timeout stacks no pings).
   */
  check(timeoutMs: number): Promise<void> {
    this.checking ??= (async () => {
      try {
        const running = await this.current?.catch(() => null);
        await running?.watch.check(timeoutMs);
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  /** Stops restarting and declares the live engine dead (its worker is then terminated). */
  dispose(): void {
    this.disposed = true;
    void this.current?.then(
      (s) => s.watch.kill('closed'),
      () => undefined,
    );
  }

  private launch(): Promise<SupervisedEngine> {
    const starting = this.start();
    starting.then(
      ({ watch }) => watch.dead.then((crash) => this.onDeath(starting, crash)),
      () => undefined, // the caller of engine() sees the failure
    );
    return starting;
  }

  private onDeath(which: Promise<SupervisedEngine>, crash: EngineCrashedError): void {
    if (this.disposed || this.current !== which) return;
    const now = this.now();
    this.deaths = [...this.deaths.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.deaths.length > MAX_RESTARTS) {
      const error = new MessageError(message('restart.gaveUp', { count: this.deaths.length, reason: crash.reason }));
      this.current = Promise.reject(error);
      this.current.catch(() => undefined);
      this.listener.gaveUp(error);
      return;
    }
    const restarts = this.deaths.length;
    this.listener.crashed(crash.reason, restarts);
    const next = this.launch();
    this.current = next;
    next.then(
      (s) => {
        if (this.current === next) this.listener.restarted(s.engine, restarts);
      },
      (error: unknown) => this.listener.gaveUp(error instanceof Error ? error : new Error(String(error))),
    );
  }
}
