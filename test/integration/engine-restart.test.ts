// The engine watch and supervisor on the real DuckDB-WASM (Node bundle): a dead engine's calls
// reject at once instead of hanging, a new engine takes its place and answers the same numbers
// once the dataset is reloaded, an engine that keeps dying is not restarted forever. (The browser
// worker being killed for real is tested end to end in test/e2e/crash-recovery.test.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/engine/node-engine';
import { numberColumn, QueryError, type Engine } from '../../src/engine/engine';
import { createEngineWatch, isEngineCrash, isFatalEngineError, watchedEngine, type EngineWatch } from '../../src/engine/engine-watch';
import { EngineSupervisor, MAX_RESTARTS, type SupervisedEngine } from '../../src/session/engine-supervisor';
import { loadCanonicalDataset } from '../../src/ingest/load-canonical';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { bundledFiles } from '../support/node-engine';

const started: Engine[] = [];
/** The watch of every engine started, latest last: the tests kill engines through it. */
const watches: EngineWatch[] = [];

/** A Node engine under a watch whose ping is a real query (or one that never answers). */
async function startNodeEngine(ping: 'answers' | 'hangs' = 'answers'): Promise<SupervisedEngine> {
  const raw = await createNodeEngine();
  started.push(raw);
  const watch = createEngineWatch(() => (ping === 'answers' ? raw.query('SELECT 1') : new Promise(() => undefined)));
  watches.push(watch);
  return { engine: watchedEngine(raw, watch), watch };
}

afterEach(async () => {
  for (const engine of started.splice(0)) await engine.close();
  watches.length = 0;
});

interface Events {
  log: string[];
  restarted: Promise<Engine>;
}

function listen(): Events & { listener: ConstructorParameters<typeof EngineSupervisor>[1] } {
  const log: string[] = [];
  let resolve: (engine: Engine) => void = () => undefined;
  const restarted = new Promise<Engine>((r) => (resolve = r));
  return {
    log,
    restarted,
    listener: {
      crashed: (reason, count) => log.push(`crashed ${count}: ${reason}`),
      restarted: (engine, count) => {
        log.push(`restarted ${count}`);
        resolve(engine);
      },
      gaveUp: (error) => log.push(`gave up: ${error.message}`),
    },
  };
}

async function actualRevenue(engine: Engine): Promise<number> {
  const query = kpiSummaryQuery({ ...DEFAULT_FILTERS, dataset: 'public' });
  return readKpiSummary(await engine.query(query.sql, query.params)).actual!;
}

describe('a dead engine', () => {
  it('rejects the calls in flight and every later call with EngineCrashedError, never hangs', async () => {
    const { engine, watch } = await startNodeEngine();
    let finishPing: () => void = () => undefined;
    // A call that would only settle when the (dead) worker answers.
    const stuck = watch.guard(() => new Promise<void>((resolve) => (finishPing = resolve)));
    watch.kill('worker closed');
    await expect(stuck).rejects.toSatisfy(isEngineCrash);
    await expect(engine.query('SELECT 1')).rejects.toMatchObject({ name: 'EngineCrashedError', reason: 'worker closed' });
    await expect(engine.exec('SELECT 1')).rejects.toSatisfy(isEngineCrash);
    finishPing();
    expect(await watch.dead).toMatchObject({ message: 'The database engine stopped (worker closed).' });
  });

  it('is declared dead when a ping is not answered in time, and alive when it is', async () => {
    const alive = await startNodeEngine('answers');
    expect(await alive.watch.check(5_000)).toBe(true);
    expect(alive.watch.isDead()).toBe(false);
    const silent = await startNodeEngine('hangs');
    expect(await silent.watch.check(20)).toBe(false);
    expect((await silent.watch.dead).reason).toMatch(/no answer/);
  });

  it('is declared dead by a fatal WASM error, not by an ordinary SQL error', async () => {
    const { engine, watch } = await startNodeEngine();
    await expect(engine.query('SELECT * FROM "RuntimeError"')).rejects.toBeInstanceOf(QueryError);
    expect(watch.isDead()).toBe(false);
    const trap = Object.assign(new Error('memory access out of bounds'), { name: 'RuntimeError' });
    await expect(watch.guard(() => Promise.reject(new QueryError(trap.message, 'SELECT …', trap)))).rejects.toSatisfy(isEngineCrash);
    expect(watch.isDead()).toBe(true);
  });
});

describe('isFatalEngineError()', () => {
  it.each([
    [Object.assign(new Error('unreachable'), { name: 'RuntimeError' }), true],
    [new Error('RuntimeError: memory access out of bounds'), true],
    [new Error('Out of Memory Error: failed to allocate data of size 64.0 MiB (1.9 GiB/1.9 GiB used)'), true],
    [new Error('Aborted(OOM). Build with -sASSERTIONS for more info.'), true],
    [new QueryError('x', 'SELECT 1', new Error('Cannot enlarge memory arrays to size 4294967296 bytes')), true],
    [new Error('Binder Error: Referenced column "RuntimeError" not found'), false],
    [new Error('Catalog Error: Table with name out_of_memory does not exist!'), false],
    [new Error('Conversion Error: Could not convert string "x" to INT32'), false],
  ])('%s → %s', (error, fatal) => {
    expect(isFatalEngineError(error)).toBe(fatal);
  });
});

describe('the engine supervisor', () => {
  it('replaces a dead engine with a new one that gives the same numbers once the dataset is reloaded', async () => {
    const events = listen();
    const supervisor = new EngineSupervisor(() => startNodeEngine(), events.listener);
    const first = await supervisor.engine();
    await loadCanonicalDataset(first, 'public', bundledFiles('public'));
    const before = await actualRevenue(first);
    expect(before).toBeGreaterThan(0);

    watches.at(-1)!.kill('worker closed');
    const second = await events.restarted;
    expect(second).not.toBe(first);
    expect(await supervisor.engine()).toBe(second);
    expect(events.log).toEqual(['crashed 1: worker closed', 'restarted 1']);
    await expect(first.query('SELECT 1')).rejects.toSatisfy(isEngineCrash);
    // The new engine starts empty: the app reloads the dataset from its files and asks again.
    await expect(second.query('SELECT count(*) FROM ds_public.sales')).rejects.toThrow(/ds_public/);
    await loadCanonicalDataset(second, 'public', bundledFiles('public'));
    expect(await actualRevenue(second)).toBe(before);
    expect(numberColumn(await second.query('SELECT count(*)::DOUBLE AS n FROM ds_public.sales'), 'n')[0]).toBeGreaterThan(0);
    supervisor.dispose();
  });

  it('joins a heartbeat check asked for while another waits: one ping, not a pile of them', async () => {
    let pings = 0;
    const supervisor = new EngineSupervisor(async () => {
      const raw = await createNodeEngine();
      started.push(raw);
      const watch = createEngineWatch(() => {
        pings++;
        return raw.query('SELECT 1');
      });
      return { engine: watchedEngine(raw, watch), watch };
    }, listen().listener);
    await supervisor.engine();
    await Promise.all([supervisor.check(5_000), supervisor.check(5_000), supervisor.check(5_000)]);
    expect(pings).toBe(1);
    await supervisor.check(5_000);
    expect(pings).toBe(2);
    supervisor.dispose();
  });

  it(`stops restarting an engine that dies more than ${MAX_RESTARTS} times within a few minutes`, async () => {
    const events = listen();
    let clock = 0;
    const supervisor = new EngineSupervisor(
      () => startNodeEngine(),
      events.listener,
      () => clock,
    );
    await supervisor.engine();
    for (let death = 1; death <= MAX_RESTARTS + 1; death++) {
      const watch = watches.at(-1)!;
      clock += 1_000;
      watch.kill(`death ${death}`);
      await watch.dead;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (death <= MAX_RESTARTS) await supervisor.engine();
    }
    expect(events.log.filter((l) => l.startsWith('crashed'))).toHaveLength(MAX_RESTARTS);
    expect(events.log.at(-1)).toMatch(/^gave up: The database engine stopped 4 times in a few minutes \(last: death 4\)/);
    await expect(supervisor.engine()).rejects.toThrow(/not restarted again/);
  });
});
