/**
 * Node benches, side by side in one process: our ingest path and our queries on DuckDB-WASM
 * (the blocking Node bundle, the same WASM the browser runs) against native DuckDB of the same
 * version on one thread, and against PapaParse alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Engine } from '../../src/engine/engine';
import { UPLOAD_FILES_DIR } from '../../src/engine/lockdown';
import { MAX_UPLOAD_BYTES } from '../../src/ingest/file-bytes';
import { loadPreparedDataset } from '../../src/ingest/load-ingest';
import { prepareOnEngine } from '../../src/ingest/ingest-on-engine';
import { overviewAnswers } from '../../src/analytics/overview-answers';
import { readOverviewFacts } from '../../src/queries/overview-facts';
import { planOverview } from '../../src/queries/overview-plan';
import { overviewQueries } from '../../src/queries/overview-queries';
import { fetchDatasetContext } from '../../src/session/overview-client';
import type { SalesSource } from '../../src/queries/sales-facts';
import { buildCubeSql, createSchemaSql, filterChanges, loadCanonicalSql, loadExportSql, SIDE_TABLES } from './bench-sql';
import { SIZES, type SizeName } from './bench-data';
import { openNativeDuckDb, type NativeDuckDb } from './native-duckdb';
import { summarize, timeRuns, type Summary } from './stats';
import { latestWasmMemoryBytes, watchWasmMemory } from './wasm-memory';

export interface IngestFigures {
  /**
   * Our path: prepareOnEngine (the fast path — DuckDB's reader, values checked in SQL — when the
   * file is large and regular, else prepareIngest: decode, sniff, PapaParse, map, validate) + load.
   */
  ours: { total: Summary; prepare: Summary; load: Summary; path: string } | { skipped: string };
  /** DuckDB's reader alone on the raw export, in WASM and native. */
  wasmReader: Summary;
  native: Summary;
  /** PapaParse alone (decode + parse, no typing). */
  papaparse: Summary | { skipped: string };
}

export interface QueryFigures {
  mainChart: { wasm: Summary; native: Summary };
  /**
   * One refresh = every panel's query for one filter change; p95 over all changes. `overview`
   * reads the summary table as the page does; `overviewRaw` the same queries on the sales table
   * alone (what every refresh read before the summary table).
   */
  overview: { wasm: Summary; native: Summary; queries: number; changes: number };
  overviewRaw: { wasm: Summary; native: Summary };
  /**
   * The refresh as the page does it since issue 15: one facts query (the dataset's context read
   * once before) and every panel computed from it in TypeScript; `native` runs the same facts
   * query on native DuckDB (the computing in TypeScript is in `wasm` only).
   */
  oneQuery: { wasm: Summary; native: Summary; queries: number };
  /** Building the summary table once the sales are loaded, WASM and native. */
  cubeBuild: { wasm: Summary; native: Summary; rows: number };
}

export interface NodeSizeResult {
  rows: number;
  bytes: number;
  ingest: IngestFigures;
  queries: QueryFigures;
  memory: { wasmLinearBytes: number | null; duckdbReportedBytes: number };
}

export interface NodeBenchResult {
  wasmVersion: string;
  nativeVersion: string;
  sizes: Partial<Record<SizeName, NodeSizeResult>>;
}

interface Runs {
  warmup: number;
  runs: number;
}

/**
 * Fewer repetitions as the data grows (a 10M-row load takes tens of seconds): the bench stays
 * near 20 minutes. Refreshes: `warmupChanges` filter changes untimed, then `rounds` timed passes
 * over every change.
 */
function runsFor(size: SizeName): { ingest: Runs; query: Runs; refresh: { warmupChanges: number; rounds: number } } {
  if (size === '10M') return { ingest: { warmup: 1, runs: 3 }, query: { warmup: 1, runs: 5 }, refresh: { warmupChanges: 3, rounds: 1 } };
  if (size === '1M') return { ingest: { warmup: 1, runs: 3 }, query: { warmup: 2, runs: 9 }, refresh: { warmupChanges: 10, rounds: 2 } };
  return { ingest: { warmup: 2, runs: 5 }, query: { warmup: 3, runs: 15 }, refresh: { warmupChanges: 10, rounds: 4 } };
}

const SAMPLE_DIR = path.resolve(import.meta.dirname, '../../data/sample');
const DATASET = 'bench';
const INGEST_DATASET = 'ingest';

interface Runner {
  query(sql: string, params: readonly (string | number | boolean | null)[]): Promise<unknown>;
}

/** One overview refresh per filter change, each a sample, after a few untimed changes. */
async function refreshes(
  runner: Runner,
  { warmupChanges, rounds }: { warmupChanges: number; rounds: number },
  source: SalesSource,
): Promise<{ summary: Summary; queries: number; changes: number }> {
  const changes = filterChanges(DATASET);
  const sequence = [...changes.slice(0, warmupChanges), ...Array.from({ length: rounds }, () => changes).flat()];
  const samples: number[] = [];
  let queries = 0;
  for (const [index, filters] of sequence.entries()) {
    const all = Object.values(overviewQueries(filters, null, source));
    queries = all.length;
    const start = performance.now();
    // One after another, as the page's engine serializes them on its one connection.
    for (const q of all) await runner.query(q.sql, q.params);
    if (index >= warmupChanges) samples.push(performance.now() - start);
  }
  return { summary: summarize(samples), queries, changes: changes.length };
}

/** The page's refresh: one facts query per filter change, the panels computed from it. */
async function oneQueryRefreshes(wasm: Engine, native: NativeDuckDb, { warmupChanges, rounds }: { warmupChanges: number; rounds: number }) {
  const changes = filterChanges(DATASET);
  const sequence = [...changes.slice(0, warmupChanges), ...Array.from({ length: rounds }, () => changes).flat()];
  const context = await fetchDatasetContext(wasm, DATASET);
  const timed = { wasm: [] as number[], native: [] as number[] };
  for (const [index, filters] of sequence.entries()) {
    const plan = planOverview(context, filters);
    let start = performance.now();
    overviewAnswers(plan, readOverviewFacts(await wasm.query(plan.query.sql, plan.query.params)), context, filters);
    const wasmMs = performance.now() - start;
    start = performance.now();
    await native.query(plan.query.sql, plan.query.params);
    const nativeMs = performance.now() - start;
    if (index >= warmupChanges) {
      timed.wasm.push(wasmMs);
      timed.native.push(nativeMs);
    }
  }
  return { wasm: summarize(timed.wasm), native: summarize(timed.native), queries: 1 };
}

async function loadBenchData(wasm: Engine, native: NativeDuckDb, file: string, bytes: Uint8Array): Promise<void> {
  await wasm.exec(createSchemaSql(DATASET));
  await native.exec(createSchemaSql(DATASET));
  await wasm.registerFile(`${UPLOAD_FILES_DIR}bench/sales.csv`, bytes);
  await wasm.exec(loadExportSql(DATASET, `${UPLOAD_FILES_DIR}bench/sales.csv`));
  await wasm.dropFile(`${UPLOAD_FILES_DIR}bench/sales.csv`);
  await native.exec(loadExportSql(DATASET, file));
  for (const table of SIDE_TABLES) {
    const sampleFile = path.join(SAMPLE_DIR, `${table}.csv`);
    await wasm.registerFile(`${UPLOAD_FILES_DIR}bench/${table}.csv`, new Uint8Array(readFileSync(sampleFile)));
    await wasm.exec(loadCanonicalSql(DATASET, table, `${UPLOAD_FILES_DIR}bench/${table}.csv`));
    await wasm.dropFile(`${UPLOAD_FILES_DIR}bench/${table}.csv`);
    await native.exec(loadCanonicalSql(DATASET, table, sampleFile));
  }
}

async function duckdbReportedBytes(engine: Engine): Promise<number> {
  const result = await engine.query('SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS b FROM duckdb_memory()');
  return (result.columns.b as Float64Array)[0] ?? 0;
}

async function benchQueries(size: SizeName, wasm: Engine, native: NativeDuckDb, log: (line: string) => void): Promise<QueryFigures> {
  const { query, refresh, ingest } = runsFor(size);
  log(`  building the summary table …`);
  const build = (runner: { exec(sql: string): Promise<unknown> }) => async () => {
    for (const sql of buildCubeSql(DATASET)) await runner.exec(sql);
  };
  const cubeBuild = {
    wasm: await timeRuns(build(wasm), ingest),
    native: await timeRuns(build(native), ingest),
    rows: (await wasm.query(`SELECT count(*)::DOUBLE AS n FROM cube_${DATASET}.sales_monthly`)).columns.n![0] as number,
  };
  const main = overviewQueries(filterChanges(DATASET)[0]!).byChannel;
  log(`  main chart query …`);
  const mainChart = {
    wasm: await timeRuns(() => wasm.query(main.sql, main.params), query),
    native: await timeRuns(() => native.query(main.sql, main.params), query),
  };
  log(`  overview refresh × ${filterChanges(DATASET).length} filter changes × ${refresh.rounds} rounds, summary table then sales table …`);
  const wasmRefresh = await refreshes(wasm, refresh, 'cube');
  const nativeRefresh = await refreshes(native, refresh, 'cube');
  log(`  the same changes, one facts query each (the page's path) …`);
  const oneQuery = await oneQueryRefreshes(wasm, native, refresh);
  const wasmRaw = await refreshes(wasm, refresh, 'raw');
  const nativeRaw = await refreshes(native, refresh, 'raw');
  return {
    mainChart,
    overview: { wasm: wasmRefresh.summary, native: nativeRefresh.summary, queries: wasmRefresh.queries, changes: wasmRefresh.changes },
    overviewRaw: { wasm: wasmRaw.summary, native: nativeRaw.summary },
    oneQuery,
    cubeBuild,
  };
}

async function benchIngest(
  size: SizeName,
  file: string,
  bytes: Uint8Array,
  wasm: Engine,
  native: NativeDuckDb,
  log: (line: string) => void,
): Promise<IngestFigures> {
  const { ingest: runs } = runsFor(size);
  const fileName = path.basename(file);
  let ours: IngestFigures['ours'];
  if (bytes.length > MAX_UPLOAD_BYTES) {
    ours = {
      skipped: `${(bytes.length / 1e6).toFixed(0)} MB is above the ${MAX_UPLOAD_BYTES / 1048576} MB upload limit: our path refuses it (split it and append)`,
    };
  } else {
    log(`  our ingest path (prepareOnEngine + load) …`);
    const prepare: number[] = [];
    const paths = new Set<string>();
    const load: number[] = [];
    const total = await timeRuns(async () => {
      const t0 = performance.now();
      const { prepared, path: taken, why } = await prepareOnEngine(wasm, { fileName, bytes });
      paths.add(taken === 'fast' ? 'fast path' : `exact path (${why ?? ''})`);
      if (prepared.report.rowsLoaded !== SIZES[size])
        throw new Error(`our ingest loaded ${prepared.report.rowsLoaded} of ${SIZES[size]} rows: ${prepared.report.reason ?? ''}`);
      const t1 = performance.now();
      await loadPreparedDataset(wasm, INGEST_DATASET, [prepared]);
      prepare.push(t1 - t0);
      load.push(performance.now() - t1);
    }, runs);
    ours = { total, prepare: summarize(prepare.slice(runs.warmup)), load: summarize(load.slice(runs.warmup)), path: [...paths].join(', ') };
    await wasm.exec(`DROP SCHEMA IF EXISTS ds_${INGEST_DATASET} CASCADE`);
    await wasm.exec(`DROP SCHEMA IF EXISTS cube_${INGEST_DATASET} CASCADE`);
  }
  log(`  DuckDB's CSV reader, WASM then native …`);
  await wasm.exec(createSchemaSql(INGEST_DATASET));
  await native.exec(createSchemaSql(INGEST_DATASET));
  const wasmReader = await timeRuns(async () => {
    await wasm.registerFile(`${UPLOAD_FILES_DIR}ingest/sales.csv`, bytes);
    await wasm.exec(loadExportSql(INGEST_DATASET, `${UPLOAD_FILES_DIR}ingest/sales.csv`));
    await wasm.dropFile(`${UPLOAD_FILES_DIR}ingest/sales.csv`);
  }, runs);
  await wasm.exec(`DROP SCHEMA ds_${INGEST_DATASET} CASCADE`);
  const nativeReader = await timeRuns(() => native.exec(loadExportSql(INGEST_DATASET, file)), runs);
  await native.exec(`DROP SCHEMA ds_${INGEST_DATASET} CASCADE`);
  // V8 strings stop at 2^29 − 24 characters: a 1 GB file cannot be one string at all.
  let papaparse: IngestFigures['papaparse'];
  if (bytes.length > 500_000_000) papaparse = { skipped: 'the file is longer than the longest string V8 can hold' };
  else {
    log(`  PapaParse alone …`);
    papaparse = await timeRuns(() => {
      const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ',', newline: '\n', skipEmptyLines: true });
      if (parsed.data.length !== SIZES[size] + 1) throw new Error(`PapaParse read ${parsed.data.length} records`);
    }, runs);
  }
  return { ours, wasmReader, native: nativeReader, papaparse };
}

export async function runNodeBench(
  sizes: readonly SizeName[],
  files: Record<string, { file: string; bytes: number }>,
  log: (line: string) => void,
): Promise<NodeBenchResult> {
  watchWasmMemory();
  const { createNodeEngine } = await import('../../src/engine/node-engine');
  const result: NodeBenchResult = { wasmVersion: '', nativeVersion: '', sizes: {} };
  for (const size of sizes) {
    const { file } = files[size]!;
    log(`Node, ${size} rows (${path.basename(file)})`);
    const bytes = new Uint8Array(readFileSync(file));
    // A fresh engine per size: its memory then reflects this size alone.
    const wasm = await createNodeEngine();
    const native = await openNativeDuckDb(1);
    try {
      result.wasmVersion = wasm.version;
      result.nativeVersion = native.version;
      log(`  loading ${SIZES[size].toLocaleString('en')} rows into both engines …`);
      await loadBenchData(wasm, native, file, bytes);
      const memory = { wasmLinearBytes: latestWasmMemoryBytes(), duckdbReportedBytes: await duckdbReportedBytes(wasm) };
      const queries = await benchQueries(size, wasm, native, log);
      for (const schema of [`ds_${DATASET}`, `cube_${DATASET}`]) {
        await wasm.exec(`DROP SCHEMA ${schema} CASCADE`);
        await native.exec(`DROP SCHEMA ${schema} CASCADE`);
      }
      const ingest = await benchIngest(size, file, bytes, wasm, native, log);
      result.sizes[size] = { rows: SIZES[size], bytes: bytes.length, ingest, queries, memory };
    } finally {
      await wasm.close();
      native.close();
    }
  }
  return result;
}
