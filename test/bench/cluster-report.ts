/** The cluster bench's report (`npm run bench -- --cluster`): Markdown, pasted as-is into docs/clickhouse.md. */
import type { ClusterSizeResult } from './cluster-bench';

const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
const count = (value: number) => value.toLocaleString('en');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const rowsName = (rows: number) => (rows >= 1e6 ? `${rows / 1e6}M` : count(rows));

export interface ClusterReportHeader {
  startedAt: string;
  machine: string;
}

export function formatClusterReport(header: ClusterReportHeader, results: readonly ClusterSizeResult[]): string {
  const lines = [
    `Cible cluster benchmark, ${header.startedAt.slice(0, 16).replace('T', ' ')} UTC — ${header.machine}`,
    'Two clickhouse-server processes on loopback (two shards, a Distributed table), the rows generated inside them.',
    '',
    '| rows on the cluster | generated in | summary query on the cluster (GROUP BY, answer received) | rows / bytes sent to the browser | requests | load into DuckDB-WASM (+ summary table) | summary-table rows | connect → every panel, Node | filter change → every panel, Node p50 / p95 |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const n = r.node;
    if ('failed' in n) {
      lines.push(`| ${rowsName(r.rows)} (${r.perShard.map(count).join(' + ')}) | ${ms(r.generateMs)} | failed: ${n.failed} | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${rowsName(r.rows)} (${r.perShard.map(count).join(' + ')}) | ${ms(r.generateMs)} | ${ms(n.summaryQueryMs)} | ${count(n.rowsSent)} / ${mb(n.bytesSent)} | ${n.requests} (${n.refreshRequests} during ${n.refresh.runs} filter changes) | ${ms(n.loadMs)} | ${count(n.cubeRows)} | ${ms(n.connectToPanelsMs)} | ${ms(n.refresh.median)} / ${ms(n.refresh.p95)} |`,
    );
  }
  const browsers = results.filter((r) => r.browser);
  if (browsers.length) {
    lines.push(
      '',
      '| rows on the cluster | Chromium: `source-confirm` clicked → every panel live | requests to the cluster | filter change → every panel, p50 / p95 | requests to the cluster during the filter changes |',
      '|---|---|---|---|---|',
    );
    for (const r of browsers) {
      const b = r.browser!;
      if ('failed' in b) {
        lines.push(`| ${rowsName(r.rows)} | failed: ${b.failed} | | | |`);
        continue;
      }
      const changes = b.filterChange ? `${ms(b.filterChange.p50)} / ${ms(b.filterChange.p95)} (${b.filterChange.summary.runs} changes)` : `— (${b.state})`;
      lines.push(`| ${rowsName(r.rows)} | ${ms(b.confirmToReadyMs)} | ${b.requestsToCluster} | ${changes} | ${b.requestsDuringFilterChanges} |`);
    }
  }
  return lines.join('\n');
}
