// A real two-shard ClickHouse cluster on loopback (test/support/clickhouse-cluster.ts), the
// bundled sample split across its shards. Differential: every overview and competition named
// query answers the same on the dataset fetched from the cluster as on the sample loaded from
// its file, for random filters and periods (whole months and part-months), to the cent; the same
// for a generated export whose columns carry other names (read through a column mapping) against
// that export uploaded. Then the errors a cluster gives, classified, and the command-line twin as
// a real process.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnarResult, Engine } from '../../src/engine/engine';
import {
  fetchClickHouseDataset,
  fetchDailySales,
  loadClickHouseDataset,
  type ClickHouseDataset,
  type ClickHouseSource,
} from '../../src/ingest/clickhouse-dataset';
import { loadCanonicalDataset } from '../../src/ingest/load-canonical';
import { salesTotals } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import type { BuiltQuery } from '../../src/queries/built-query';
import { queryText } from '../../src/remote/clickhouse-client';
import { ClickHouseError } from '../../src/remote/clickhouse-error';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { exportLines } from '../bench/generate-sales';
import { EXPORT_MAPPING, loadExport, loadSample, post, startCluster, type Cluster } from '../support/clickhouse-cluster';
import { bundledFiles, engineWithBundledData, ROOT } from '../support/node-engine';
import { everyNamedQuery, expectSameResult, sampleFilters } from '../support/same-result';

const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261202);
const RUNS = Math.max(1, Math.round(Number(process.env.CIBLE_FUZZ_RUNS ?? 120) / 12));
const CLUSTER = 'cluster';
const FALLBACK = 'cluster_fallback';
const EXPORT = 'cluster_export';
const EXPORT_LOCAL = 'export_local';
const EXPORT_ROWS = 12_000;

let cluster: Cluster;
let engine: Engine;
let sampleRows = 0;
let fetched: ClickHouseDataset;
let fetchedExport: ClickHouseDataset;

const source = (extra: Partial<ClickHouseSource> = {}): ClickHouseSource => ({ connection: { url: cluster.url }, sales: 'cible.sales', ...extra });
const { sales: _sales, ...sampleSmallTables } = bundledFiles('sample');

beforeAll(async () => {
  cluster = await startCluster();
  sampleRows = await loadSample(cluster, true);
  engine = await engineWithBundledData();
  const tables = { targets: 'cible.targets', fees: 'cible.platform_fees', events: 'cible.events' };
  fetched = await fetchClickHouseDataset(source(tables), sampleSmallTables);
  await loadClickHouseDataset(engine, CLUSTER, fetched);
  // The same sums with the bundled sample's small tables (what a cluster without them gets).
  await loadClickHouseDataset(engine, FALLBACK, { ...fetched, files: { ...fetched.files, ...sampleSmallTables } });
  await loadGeneratedExport();
}, 600_000);

/**
 * The generated export on the cluster under other column names (mapped), and the same lines
 * uploaded through the ingest path under the table's name (an upload's `source` is its file's
 * name, a cluster's its table's), both with the sample's targets, fees and events.
 */
async function loadGeneratedExport(): Promise<void> {
  const lines = [...exportLines(EXPORT_ROWS)];
  await loadExport(cluster, lines);
  fetchedExport = await fetchClickHouseDataset(source({ sales: 'cible.export', mapping: EXPORT_MAPPING }), sampleSmallTables);
  await loadClickHouseDataset(engine, EXPORT, fetchedExport);
  const uploaded = await prepareIngest({ fileName: 'cible.export', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`), kind: 'sales' });
  expect(uploaded.report.rowsLoaded).toBe(EXPORT_ROWS);
  const csv = typeof uploaded.csv === 'string' ? new TextEncoder().encode(uploaded.csv) : uploaded.csv;
  await loadCanonicalDataset(engine, EXPORT_LOCAL, { ...sampleSmallTables, sales: { name: 'sales.csv', bytes: csv } });
}

afterAll(async () => {
  await engine?.close();
  await cluster?.stop();
});

const run = (q: BuiltQuery) => engine.query(q.sql, q.params);

async function expectSameAsSample(filters: Filters, dataset: string, localDataset = 'sample'): Promise<void> {
  const local = everyNamedQuery({ ...filters, dataset: localDataset });
  const fed = everyNamedQuery({ ...filters, dataset });
  for (const name of Object.keys(local)) {
    const [a, b] = [await run(fed[name]!), await run(local[name]!)];
    // Row counts count the rows loaded: the daily sums on one side, the export's rows on the
    // other (docs/clickhouse.md); every other column must agree.
    if (dataset === EXPORT) expectSameResult(withoutRowCounts(a), withoutRowCounts(b), `${name} ${JSON.stringify(filters)}`);
    else expectSameResult(a, b, `${name} ${JSON.stringify(filters)}`);
  }
}

/** The columns that count rows (`row_count`, `rows_…`) left out, and the facets' `rows` line. */
function withoutRowCounts(result: ColumnarResult): ColumnarResult {
  const names = result.names.filter((n) => n !== 'row_count' && !n.startsWith('rows_'));
  const facet = result.columns.facet ? Array.from(result.columns.facet as ArrayLike<unknown>) : null;
  const keep = Array.from({ length: result.numRows }, (_, i) => i).filter((i) => facet?.[i] !== 'rows');
  const pick = (column: unknown) =>
    column instanceof Float64Array ? Float64Array.from(keep, (i) => column[i]!) : keep.map((i) => (column as ArrayLike<unknown>)[i]);
  const columns = Object.fromEntries(names.map((n) => [n, pick(result.columns[n])]));
  return { ...result, names, numRows: keep.length, columns: columns as ColumnarResult['columns'] };
}

describe('the dashboard over a two-shard ClickHouse cluster', () => {
  it('the cluster holds the sample across both shards, and the daily sums stand for every row', { timeout: 300_000 }, async () => {
    const perShard = await Promise.all(cluster.shards.map((url) => post(url, 'SELECT count() FROM cible.sales_local')));
    expect(perShard.map(Number).every((n) => n > 0)).toBe(true);
    expect(perShard.map(Number).reduce((a, b) => a + b)).toBe(sampleRows);
    expect(fetched.sales.rowsOnCluster).toBe(sampleRows);
    // The sample has one row per day and dimension: its daily sums are its rows.
    expect(fetched.sales.rowsSent).toBe(sampleRows);
    expect(fetched.files.targets.bytes).not.toEqual(sampleSmallTables.targets.bytes);
    expect(await salesTotals(engine, CLUSTER)).toEqual(await salesTotals(engine, 'sample'));
  });

  it('every overview and competition query answers as on the local sample, for random filters and periods', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(sampleFilters(CLUSTER), (filters) => expectSameAsSample(filters, CLUSTER)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('whole months, part-months and the default view, with the small tables from the cluster or the bundled sample', { timeout: 300_000 }, async () => {
    const views: Partial<Filters>[] = [
      {},
      { from: '2022-01-01', to: '2022-12-31', basis: 'net' },
      { from: '2020-06-10', to: '2020-06-20', basis: 'net' },
      { from: '2018-03-15', to: '2019-02-11', retailer: 'Monoprix', channels: ['partner'], basis: 'net' },
      { from: '2019-01-01', to: null, retailer: null, targetAsOf: '2019-01-01' },
    ];
    for (const [i, view] of views.entries()) await expectSameAsSample({ ...DEFAULT_FILTERS, ...view }, i % 2 ? FALLBACK : CLUSTER);
  });
});

async function failure(work: Promise<unknown>): Promise<ClickHouseError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClickHouseError);
  return error as ClickHouseError;
}

describe('a generated export on the cluster, its columns mapped', () => {
  it('is read through the mapping and sums many rows a day into fewer', async () => {
    expect(fetchedExport.sales.rowsOnCluster).toBe(EXPORT_ROWS);
    expect(fetchedExport.sales.rowsSent).toBeLessThan(EXPORT_ROWS);
    expect(fetchedExport.sales.columns).toMatchObject({
      date: 'order_day',
      retailer: 'enseigne',
      channel: 'canal',
      revenue_eur: 'ca_ttc',
      commission_eur: 'fee_eur',
      orders: 'nb_commandes',
    });
    expect(await salesTotals(engine, EXPORT)).toEqual(await salesTotals(engine, EXPORT_LOCAL));
    const rows = await run(everyNamedQuery({ ...DEFAULT_FILTERS, dataset: EXPORT }).facets!);
    const facet = Array.from(rows.columns.facet as ArrayLike<unknown>);
    expect(Number((rows.columns.value as ArrayLike<unknown>)[facet.indexOf('rows')])).toBe(fetchedExport.sales.rowsSent);
  });

  it('every overview and competition query answers as on the same export uploaded', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(sampleFilters(EXPORT), (filters) => expectSameAsSample(filters, EXPORT, EXPORT_LOCAL)),
      { seed: SEED + 1, numRuns: Math.max(1, Math.round(RUNS / 2)) },
    );
    for (const view of [{}, { from: '2020-06-10', to: '2021-03-20', basis: 'net' as const }])
      await expectSameAsSample({ ...DEFAULT_FILTERS, ...view }, EXPORT, EXPORT_LOCAL);
  });
});

describe('a cluster’s errors, classified', () => {
  it('an unknown table, an unknown column, bad credentials, no server, a timeout and a cancel', async () => {
    expect((await failure(fetchDailySales(source({ sales: 'cible.nope' })))).code).toBe('unknown-table');
    expect((await failure(fetchDailySales(source({ sales: 'nowhere.sales' })))).code).toBe('unknown-table');
    await post(cluster.url, 'CREATE TABLE cible.no_revenue (date Date, retailer String, channel String) ENGINE = MergeTree() ORDER BY date');
    const missing = await failure(fetchDailySales(source({ sales: 'cible.no_revenue' })));
    expect([missing.code, missing.detail]).toEqual(['unknown-column', 'cible.no_revenue: revenue_eur']);
    expect((await failure(queryText({ url: cluster.url }, 'SELECT no_such_column FROM system.one'))).code).toBe('unknown-column');
    expect((await failure(fetchDailySales({ ...source(), connection: { url: cluster.url, user: 'mallory', password: 'x' } }))).code).toBe('refused');
    expect((await failure(fetchDailySales({ ...source(), connection: { url: cluster.url, password: 'wrong' } }))).code).toBe('refused');
    const closed = new URL(cluster.url);
    closed.port = '1';
    expect((await failure(fetchDailySales({ ...source(), connection: { url: closed.toString() } }))).code).toBe('unreachable');
    expect((await failure(queryText({ url: cluster.url }, 'SELECT sleep(3)', { timeoutMs: 200 }))).code).toBe('timeout');
    const cancel = new AbortController();
    const cancelled = queryText({ url: cluster.url }, 'SELECT sleep(3)', { signal: cancel.signal });
    cancel.abort();
    expect((await failure(cancelled)).code).toBe('cancelled');
  });

  it('a failed fetch leaves the dataset it would have replaced as it was', async () => {
    const before = await salesTotals(engine, FALLBACK);
    await failure(fetchClickHouseDataset(source({ sales: 'cible.nope' }), sampleSmallTables).then((d) => loadClickHouseDataset(engine, FALLBACK, d)));
    expect(await salesTotals(engine, FALLBACK)).toEqual(before);
  });
});

const exec = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/ingest.ts');

async function ingest(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await exec(TSX, [CLI, ...args], { cwd: ROOT, timeout: 180_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
  }
}

describe('npm run ingest -- --clickhouse', () => {
  it('prints the same totals as for the sample file, exit 0', { timeout: 300_000 }, async () => {
    const { code, stdout } = await ingest(['--clickhouse', cluster.url, '--table', 'cible.sales', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ file: 'cible.sales', kind: 'sales', refused: false, rowsRead: sampleRows, rowsLoaded: sampleRows });
    expect(json.totals).toEqual(await salesTotals(engine, 'sample'));
  });

  it('reads a table with other column names through --map, with the uploaded export’s totals', { timeout: 300_000 }, async () => {
    const maps = Object.entries(EXPORT_MAPPING).flatMap(([canonical, column]) => ['--map', `${column}=${canonical}`]);
    const { code, stdout } = await ingest(['--clickhouse', cluster.url, '--table', 'cible.export', ...maps, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ file: 'cible.export', refused: false, rowsRead: fetchedExport.sales.rowsSent });
    expect(json.totals).toEqual(await salesTotals(engine, EXPORT_LOCAL));
    const unmapped = await ingest(['--clickhouse', cluster.url, '--table', 'cible.export', '--json']);
    expect(unmapped.code).toBe(1);
    expect(JSON.parse(unmapped.stdout)).toMatchObject({ refused: true, reason: expect.stringContaining('date') });
  });

  it('exits 1 with the reason for an unknown table or an unreachable cluster', { timeout: 300_000 }, async () => {
    const closed = new URL(cluster.url);
    closed.port = '1';
    const [unknown, unreachable] = await Promise.all([
      ingest(['--clickhouse', cluster.url, '--table', 'cible.nope', '--json']),
      ingest(['--clickhouse', closed.toString(), '--table', 'cible.sales', '--json']),
    ]);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ refused: true, reason: expect.stringContaining('The table cible.nope does not exist') });
    expect(unreachable.code).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toMatchObject({ refused: true, reason: expect.stringContaining('did not answer') });
  });
});
