/**
 * `npm run bench -- --cluster`: the dashboard over the two-shard loopback ClickHouse cluster
 * (test/support/clickhouse-cluster.ts) at scale. For each size (BENCH_CLUSTER_ROWS, default
 * 100M): the rows are generated inside the cluster (cluster-generate.ts), then
 *  - Node: the app's own code (ingest/clickhouse-dataset.ts) asks the cluster for the daily sums
 *    and loads them into DuckDB-WASM (Node bundle), then every overview panel's query; the
 *    filter changes of the other benches afterwards (bench-sql.ts), on the summary table;
 *  - Chromium: the built dist/ opens `#ch=…&ch_table=…`, `source-confirm` is clicked, and the
 *    time to `<html data-engine="ready">` is taken; then the browser bench's select changes,
 *    with the requests the page sends to the cluster counted during them.
 */
import http from 'node:http';
import { fetchClickHouseDataset, loadClickHouseDataset } from '../../src/ingest/clickhouse-dataset';
import { overviewQueries } from '../../src/queries/overview-queries';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { openApp, waitForEngine } from '../e2e/browser';
import { startStaticServer } from '../e2e/static-server';
import { startCluster, type Cluster } from '../support/clickhouse-cluster';
import { bundledFiles } from '../support/node-engine';
import { filterChanges } from './bench-sql';
import { timedFilterChanges, type FilterChangeFigures } from './browser-bench';
import { buildCible, DIST } from './build-pages';
import { generateOnCluster } from './cluster-generate';
import { summarize, type Summary } from './stats';

export interface ClusterNodeFigures {
  /** The GROUP BY on the cluster, answer received (the app's own timing). */
  summaryQueryMs: number;
  rowsOnCluster: number;
  rowsSent: number;
  bytesSent: number;
  /** HTTP requests the fetch sent (DESCRIBE, channel values, count, GROUP BY). */
  requests: number;
  /** From "connect" (the fetch's start) to every overview panel answered. */
  connectToPanelsMs: number;
  loadMs: number;
  cubeRows: number;
  refresh: Summary;
  refreshRequests: number;
}

export interface ClusterBrowserFigures {
  /** From the click on `source-confirm` to `<html data-engine="ready">`. */
  confirmToReadyMs: number;
  requestsToCluster: number;
  filterChange: FilterChangeFigures | null;
  requestsDuringFilterChanges: number;
  state: string;
}

export interface ClusterSizeResult {
  rows: number;
  generateMs: number;
  perShard: number[];
  node: ClusterNodeFigures | { failed: string };
  browser: ClusterBrowserFigures | { failed: string } | null;
}

/** A session's figures, or why it failed (the other sizes and sessions still run). */
async function orFailure<T>(work: () => Promise<T>, log: (line: string) => void): Promise<T | { failed: string }> {
  try {
    return await work();
  } catch (error) {
    const failed = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error);
    log(`  failed: ${failed}`);
    return { failed };
  }
}

const SIZE_NAMES: Record<string, number> = { '1M': 1e6, '10M': 1e7, '100M': 1e8 };

export function clusterSizes(env: NodeJS.ProcessEnv): [string, number][] {
  return (env.BENCH_CLUSTER_ROWS ?? '100M').split(',').map((name) => {
    const rows = SIZE_NAMES[name] ?? Number(name);
    if (!Number.isFinite(rows) || rows <= 0) throw new Error(`BENCH_CLUSTER_ROWS: ${name} is not a size`);
    return [name, rows];
  });
}

/**
 * A fetch over node:http with no deadline of its own: Node's fetch gives up when the headers
 * take over 300 s, and ClickHouse sends them only once the sorted GROUP BY is done, which at
 * 100M rows on a loaded two-core machine can take longer. The app's own deadline still applies.
 */
const httpFetch: typeof fetch = (input, init) =>
  new Promise<Response>((resolve, reject) => {
    const request = http.request(
      String(input),
      { method: init?.method ?? 'GET', headers: init?.headers as http.OutgoingHttpHeaders, signal: init?.signal ?? undefined },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: response.statusCode ?? 0 })));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(typeof init?.body === 'string' ? init.body : undefined);
  });

/** A fetch that counts its calls. */
function countingFetch(): { fetch: typeof fetch; count: () => number } {
  let calls = 0;
  const counted: typeof fetch = (input, init) => {
    calls++;
    return httpFetch(input, init);
  };
  return { fetch: counted, count: () => calls };
}

/** The app's path in Node: fetch, load into DuckDB-WASM (summary table built), every overview panel; then filter changes. */
async function nodeSession(cluster: Cluster, log: (line: string) => void): Promise<ClusterNodeFigures> {
  const { createNodeEngine } = await import('../../src/engine/node-engine');
  const engine = await createNodeEngine();
  const { sales: _sales, ...sideTables } = bundledFiles('sample');
  const counter = countingFetch();
  try {
    const started = performance.now();
    const dataset = await fetchClickHouseDataset({ connection: { url: cluster.url }, sales: 'cible.sales' }, sideTables, {
      fetch: counter.fetch,
      timeoutMs: 600_000,
    });
    const loadStart = performance.now();
    await loadClickHouseDataset(engine, 'cluster', dataset);
    const loadMs = performance.now() - loadStart;
    for (const q of Object.values(overviewQueries({ ...DEFAULT_FILTERS, dataset: 'cluster' }, null, 'cube'))) await engine.query(q.sql, q.params);
    const connectToPanelsMs = performance.now() - started;
    const requests = counter.count();
    log(
      `  Node: ${dataset.sales.rowsSent.toLocaleString('en')} daily sums, ${(dataset.sales.bytesSent / 1e6).toFixed(1)} MB; GROUP BY ${Math.round(dataset.sales.queryMs)} ms; connect → panels ${Math.round(connectToPanelsMs)} ms`,
    );
    const cubeRows = (await engine.query('SELECT count(*)::DOUBLE AS n FROM cube_cluster.sales_monthly')).columns.n![0] as number;
    const samples: number[] = [];
    for (const filters of [...filterChanges('cluster'), ...filterChanges('cluster')]) {
      const t0 = performance.now();
      for (const q of Object.values(overviewQueries(filters, null, 'cube'))) await engine.query(q.sql, q.params);
      samples.push(performance.now() - t0);
    }
    const { rowsOnCluster, rowsSent, bytesSent, queryMs } = dataset.sales;
    return {
      summaryQueryMs: queryMs,
      rowsOnCluster,
      rowsSent,
      bytesSent,
      requests,
      connectToPanelsMs,
      loadMs,
      cubeRows,
      refresh: summarize(samples.slice(3)),
      refreshRequests: counter.count() - requests,
    };
  } finally {
    await engine.close();
  }
}

/** The built site in Chromium: the link, the click, every panel live, then select changes. */
async function browserSession(cluster: Cluster, log: (line: string) => void): Promise<ClusterBrowserFigures> {
  const server = await startStaticServer({ root: DIST });
  const origin = new URL(cluster.url).origin;
  const opened = await openApp({ baseUrl: server.url, hash: `ch=${encodeURIComponent(cluster.url)}&ch_table=cible.sales&lang=en` });
  const toCluster = () => opened.foreignRequests.filter((r) => r.includes(origin)).length;
  try {
    const { page } = opened;
    await page.locator('[data-testid="source-confirm"]').waitFor({ timeout: 240_000 });
    const clicked = performance.now();
    await page.locator('[data-testid="source-confirm"]').click();
    const state = await waitForEngine(page, 1_200_000);
    const confirmToReadyMs = performance.now() - clicked;
    const requestsToCluster = toCluster();
    log(`  Chromium: confirm → every panel ${Math.round(confirmToReadyMs)} ms (${state}), ${requestsToCluster} requests to the cluster`);
    const filterChange = state === 'ready' ? await timedFilterChanges(page) : null;
    return { confirmToReadyMs, requestsToCluster, filterChange, requestsDuringFilterChanges: toCluster() - requestsToCluster, state };
  } finally {
    await opened.close();
    await server.close();
  }
}

/** Starts the cluster, and for each size generates the rows and measures both paths; stops the cluster. */
export async function runClusterBench(
  log: (line: string) => void,
  browser: boolean,
  onSize: (results: readonly ClusterSizeResult[]) => void,
): Promise<ClusterSizeResult[]> {
  if (browser) {
    log('Building dist/ …');
    await buildCible();
  }
  log('Starting the two-shard ClickHouse cluster on loopback …');
  const cluster = await startCluster();
  const results: ClusterSizeResult[] = [];
  try {
    for (const [name, rows] of clusterSizes(process.env)) {
      log(`Cluster, ${name} rows: generating inside the cluster (INSERT … SELECT FROM numbers, both shards at once) …`);
      const { ms: generateMs, perShard } = await generateOnCluster(cluster, rows);
      log(`  generated ${perShard.join(' + ')} rows in ${(generateMs / 1000).toFixed(1)} s`);
      const result: ClusterSizeResult = { rows, generateMs, perShard, node: await orFailure(() => nodeSession(cluster, log), log), browser: null };
      results.push(result);
      onSize(results);
      if (browser) result.browser = await orFailure(() => browserSession(cluster, log), log);
      onSize(results);
    }
  } finally {
    await cluster.stop();
  }
  return results;
}
