/**
 * `npm run bench`: generates the inputs (once), builds dist/ and the reference pages, runs the
 * Node and browser benches, prints the report and writes it (JSON and Markdown) under
 * test/bench/results/. Never part of `npm test`.
 *
 *   npm run bench                      all sizes (100k, 1M, 10M), Node and browser (≈20 min)
 *   npm run bench -- --quick           without 10M
 *   BENCH_SIZES=100k,1M npm run bench  chosen sizes (200k = the bundled sample, in the browser)
 *   BENCH_MEMORY_CHANGES=500           filter changes of the long-session memory probe (0: none)
 *   npm run bench -- --node-only | --browser-only
 *   BENCH_BROWSER_RUNS=5               cold openings per page (default 5, after one warm-up)
 *   npm run bench -- --cluster         the two-shard loopback ClickHouse cluster instead, rows
 *                                      generated inside it (BENCH_CLUSTER_ROWS=10M,100M; default
 *                                      100M); with --node-only, no Chromium (cluster-bench.ts)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuiltQuery } from '../../src/queries/built-query';
import { readDatasetFacets } from '../../src/queries/dataset-facets';
import { shellQueries } from '../../src/queries/overview-queries';
import { overviewAnswersFrom } from '../../src/session/overview-client';
import { withDefaultPeriod } from '../../src/state/default-period';
import { formatEuroCompact, formatPercent } from '../../src/i18n/format';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { decodeResult, parseSnapshot, snapshotKey, SNAPSHOT_ELEMENT_ID } from '../../src/state/first-paint-snapshot';
import { chosenSizes, ensureExport, RESULTS_DIR, SIZES, wantsSample } from './bench-data';
import { runBrowserBench } from './browser-bench';
import { runClusterBench, type ClusterSizeResult } from './cluster-bench';
import { formatClusterReport } from './cluster-report';
import { buildCible, buildReferences, DIST, type StaticKpi } from './build-pages';
import { buildCibleWithSample, ensureLargeSampleDatabase, LARGE_DIST } from './large-sample';
import { runNodeBench } from './node-bench';
import { pageFaultMicros } from './page-faults';
import { formatReport, type BenchResult } from './report';

const log = (line: string) => console.log(line);

/** The static reference shows the very numbers Cible's build-time snapshot holds. */
function snapshotKpis(): StaticKpi[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const text = html.match(new RegExp(`<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">(.*?)</script>`, 's'))?.[1];
  const snapshot = parseSnapshot(text);
  const stored = (query: BuiltQuery) => {
    const encoded = snapshot?.results[snapshotKey(DEFAULT_FILTERS.dataset, query.sql, query.params)];
    return encoded ? decodeResult(encoded) : undefined;
  };
  // The default view covers the data's last year, as the page resolves it (state/default-period.ts).
  const facets = stored(shellQueries(DEFAULT_FILTERS).facets);
  const view = withDefaultPeriod(DEFAULT_FILTERS, facets ? readDatasetFacets(facets).lastDate : null);
  const answers = overviewAnswersFrom(stored, view);
  if (!answers) throw new Error('dist/index.html carries no first-paint snapshot of the KPIs');
  const k = answers.kpis;
  const euro = (v: number | null) => (v === null ? '—' : formatEuroCompact(v, 'en'));
  return [
    { testId: 'kpi-actual', label: 'Actual revenue', value: k.actual, display: euro(k.actual) },
    { testId: 'kpi-target', label: 'Target', value: k.target, display: euro(k.target) },
    { testId: 'kpi-attainment', label: 'Attainment', value: k.attainment, display: k.attainment === null ? '—' : formatPercent(k.attainment, 'en') },
    { testId: 'kpi-gap', label: 'Gap to target', value: k.gap, display: euro(k.gap === null ? null : Math.abs(k.gap)) },
    { testId: 'kpi-projection', label: 'Projection', value: k.projection, display: euro(k.projection) },
  ];
}

/** `--cluster`: the cluster bench alone; its report goes to results/cluster-latest.{md,json}. */
async function clusterMain(argv: readonly string[]) {
  const started = new Date();
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' / ');
  const machine = `${cpus.length} × ${cpus[0]?.model ?? '?'}, Node ${process.version}, load average at start ${load}`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Written after every size, so a long run that is stopped keeps what it measured.
  const write = (results: readonly ClusterSizeResult[]) => {
    writeFileSync(path.join(RESULTS_DIR, 'cluster-latest.json'), `${JSON.stringify({ startedAt: started.toISOString(), machine, results }, null, 2)}\n`);
    writeFileSync(path.join(RESULTS_DIR, 'cluster-latest.md'), `${formatClusterReport({ startedAt: started.toISOString(), machine }, results)}\n`);
  };
  const results = await runClusterBench(log, !argv.includes('--node-only'), write);
  const report = formatClusterReport({ startedAt: started.toISOString(), machine }, results);
  log('');
  log(report);
  log(`Written: cluster-latest.json, cluster-latest.md (${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min)`);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--cluster')) return clusterMain(argv);
  const sizes = chosenSizes(argv, process.env);
  const nodeOnly = argv.includes('--node-only');
  const browserOnly = argv.includes('--browser-only');
  const started = new Date();
  const result: BenchResult = {
    startedAt: started.toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '?',
      node: process.version,
      loadAverage: os.loadavg(),
      pageFaultMicros: pageFaultMicros(),
    },
    node: null,
    browser: null,
  };
  const files: Record<string, { file: string; bytes: number }> = {};
  for (const size of sizes) files[size] = await ensureExport(size, log);

  if (!nodeOnly) {
    log('Building dist/ (with its first-paint snapshot) and the reference pages …');
    await buildCible();
    await buildReferences(snapshotKpis());
    if (sizes.includes('10M')) {
      log('Building Cible with the 10M rows as its sample (the browser cannot be handed a 1 GB upload) …');
      await buildCibleWithSample(await ensureLargeSampleDatabase(files['10M']!.file, log));
    }
  }
  if (!browserOnly && sizes.length) result.node = await runNodeBench(sizes, files, log);
  if (!nodeOnly) {
    // The upload bench needs the 1M-row export even when --quick leaves out other sizes.
    const upload = sizes.includes('1M') ? (await ensureExport('1M', log)).file : null;
    result.browser = await runBrowserBench({
      runs: Number(process.env.BENCH_BROWSER_RUNS ?? 5),
      upload,
      tenMillion: sizes.includes('10M') ? files['10M']!.file : null,
      sample: wantsSample(process.env) ? { memoryChanges: Number(process.env.BENCH_MEMORY_CHANGES ?? 500) } : null,
      large: sizes.includes('10M') ? { dist: LARGE_DIST, rows: SIZES['10M'] } : null,
      log,
    });
  }

  const report = formatReport(result);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  writeFileSync(path.join(RESULTS_DIR, `bench-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(RESULTS_DIR, 'latest.md'), `${report}\n`);
  log('');
  log(report);
  log('');
  log(
    `Written: ${path.relative(process.cwd(), path.join(RESULTS_DIR, `bench-${stamp}.json`))}, latest.json, latest.md (${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
