import type { Engine } from '../engine/engine';
import { runFastIngest } from './fast-ingest';
import { FAST_PATH_MIN_BYTES, planFastIngest } from './fast-plan';
import { prepareIngest, type IngestRequest, type LoadablePrepared } from './prepare-ingest';

export interface EngineIngestOptions {
  /** Files from this size on may take the fast path (tests lower it to try small files). */
  fastMinBytes?: number;
  /** False: always the exact path (PapaParse), e.g. to compare the two. */
  fast?: boolean;
}

export interface EnginePrepared {
  prepared: LoadablePrepared;
  /** Which reader read the file: DuckDB's (fast path) or PapaParse (exact path). */
  path: 'fast' | 'exact';
  /** Why the exact path read it, when it did. */
  why: string | null;
}

/**
 * Prepares a file where an engine is at hand (the CLI, the Node bench, tests): the fast path when
 * the file is large and regular, else — or whenever the fast path cannot vouch for its result —
 * the exact path. Either way the prepared file loads with loadPreparedDataset().
 */
export async function prepareOnEngine(engine: Engine, request: IngestRequest, options: EngineIngestOptions = {}): Promise<EnginePrepared> {
  if (options.fast !== false) {
    const planned = await planFastIngest(request, options.fastMinBytes ?? FAST_PATH_MIN_BYTES);
    if (planned.path === 'refused') return { prepared: planned.prepared, path: 'fast', why: null };
    if (planned.path === 'fast') {
      const outcome = await runFastIngest(engine, planned.plan, planned.bytes);
      if (outcome.ok) return { prepared: outcome.prepared, path: 'fast', why: null };
      return { prepared: await prepareIngest(request), path: 'exact', why: outcome.why };
    }
    return { prepared: await prepareIngest(request), path: 'exact', why: planned.why };
  }
  return { prepared: await prepareIngest(request), path: 'exact', why: 'the exact path was asked for' };
}
