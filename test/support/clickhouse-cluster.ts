// A real two-shard ClickHouse cluster on loopback for the tests: two server processes, each with
// its own config and data folder under a temp dir, local MergeTree tables on both and a
// Distributed table over them, the bundled sample split across the shards. Debian's 18.16 (what
// `.ci/run` installs) or a current single `clickhouse` binary. No cluster, no test: a missing
// server fails loudly, it is never skipped.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './node-engine';

export interface Cluster {
  /** The HTTP interface of shard 1, which holds the Distributed tables: `http://127.0.0.1:PORT/`. */
  url: string;
  /** Both shards' HTTP interfaces. */
  shards: string[];
  stop: () => Promise<void>;
}

/** The server command: Debian's `clickhouse-server`, else a current single binary. */
function serverCommand(): [string, string[]] {
  for (const file of ['/usr/sbin/clickhouse-server', '/usr/bin/clickhouse-server']) if (existsSync(file)) return [file, []];
  for (const file of ['/usr/bin/clickhouse', '/usr/local/bin/clickhouse']) if (existsSync(file)) return [file, ['server']];
  throw new Error('No ClickHouse server on this machine: install Debian’s clickhouse-server (.ci/run does).');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const USERS = `<yandex>
  <profiles><default><add_http_cors_header>1</add_http_cors_header></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>`;

function config(dir: string, http: number, tcp: number, tcps: number[]): string {
  const shards = tcps.map((port) => `<shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`).join('');
  return `<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/error.log</errorlog></logger>
  <http_port>${http}</http_port><tcp_port>${tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path><tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <remote_servers><cible>${shards}</cible></remote_servers>
</yandex>`;
}

/** POSTs a statement (and data after it) to a shard; throws with the server's answer. */
export async function post(url: string, sql: string, body?: string): Promise<string> {
  const target = new URL(url);
  if (body !== undefined) target.searchParams.set('query', sql);
  const send = () => fetch(target, { method: 'POST', body: body ?? sql });
  // Once more on a network failure: a kept-alive connection the server closed while DuckDB kept
  // this process busy fails at once (statements here are not retried by the server).
  const response = await send().catch(send);
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse ${response.status}: ${text.slice(0, 300)} (for ${sql.slice(0, 120)})`);
  return text;
}

async function waitUntilUp(url: string, server: ChildProcess, log: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`clickhouse-server exited (${server.exitCode}): ${readTail(log)}`);
    try {
      await post(url, 'SELECT 1');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`clickhouse-server did not answer within a minute: ${readTail(log)}`);
}

function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000);
  } catch {
    return '(no log)';
  }
}

export const SALES_DDL = `(date Date, retailer String, channel String, platform String, region String, category String,
  orders Nullable(Int64), revenue_eur Decimal(18,4), commission_eur Nullable(Decimal(18,4)), metric String, source String)`;

/** Starts the two shards; the caller must `stop()` (in afterAll) — done here too if start-up fails. */
export async function startCluster(): Promise<Cluster> {
  const [command, prefix] = serverCommand();
  const root = mkdtempSync(path.join(tmpdir(), 'cible-clickhouse-'));
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const tcps = [ports[1]!, ports[3]!];
  const servers: ChildProcess[] = [];
  const shards: string[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => stopServer(server)));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (const index of [0, 1]) {
      const dir = path.join(root, `shard${index + 1}`);
      for (const sub of ['data', 'tmp', 'user_files', 'format_schemas']) mkdirSync(path.join(dir, sub), { recursive: true });
      writeFileSync(path.join(dir, 'users.xml'), USERS);
      writeFileSync(path.join(dir, 'config.xml'), config(dir, ports[index * 2]!, ports[index * 2 + 1]!, tcps));
      const server = spawn(command, [...prefix, `--config-file=${path.join(dir, 'config.xml')}`], { stdio: 'ignore', cwd: dir });
      servers.push(server);
      shards.push(`http://127.0.0.1:${ports[index * 2]}/`);
    }
    await Promise.all(shards.map((url, i) => waitUntilUp(url, servers[i]!, path.join(root, `shard${i + 1}`, 'error.log'))));
    return { url: shards[0]!, shards, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 15_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/** The sample's sales CSV lines (header first), as the bundled file holds them. */
export function sampleSalesLines(): string[] {
  const text = gunzipSync(readFileSync(path.join(ROOT, 'data/sample/sales.csv.gz'))).toString('utf8');
  return text.split('\n').filter((line) => line.length > 0);
}

/**
 * Creates `cible.sales_local` on both shards and `cible.sales` (Distributed) on both, and loads
 * the sample's rows alternately into the two shards; with `extras`, also the sample's targets,
 * fees and events as plain tables on shard 1 (`cible.targets`, `cible.platform_fees`, `cible.events`).
 */
export async function loadSample(cluster: Cluster, extras = false): Promise<number> {
  const [header, ...rows] = sampleSalesLines();
  for (const [index, url] of cluster.shards.entries()) {
    await post(url, 'CREATE DATABASE IF NOT EXISTS cible');
    await post(url, `CREATE TABLE cible.sales_local ${SALES_DDL} ENGINE = MergeTree() ORDER BY (date, retailer)`);
    await post(url, `CREATE TABLE cible.sales AS cible.sales_local ENGINE = Distributed(cible, cible, sales_local, rand())`);
    const mine = rows.filter((_, i) => i % 2 === index);
    await post(url, 'INSERT INTO cible.sales_local FORMAT CSVWithNames', [header, ...mine].join('\n') + '\n');
  }
  if (extras) await loadSmallTables(cluster.url);
  return rows.length;
}

const SMALL_TABLES: Record<string, string> = {
  targets: `(retailer String, channel Nullable(String), period_start Date, period_end Date, target_eur Decimal(18,2),
    set_on Date, label String, metric Nullable(String), source String)`,
  platform_fees: `(platform String, valid_from Date, valid_to Nullable(Date), rate_pct Float64, fixed_eur_per_order Decimal(18,2), label String, source String)`,
  events: '(date Date, retailer String, label String, source_url String)',
};

async function loadSmallTables(url: string): Promise<void> {
  for (const [table, ddl] of Object.entries(SMALL_TABLES)) {
    await post(url, `CREATE TABLE cible.${table} ${ddl} ENGINE = MergeTree() ORDER BY tuple()`);
    // 18.16 reads an empty CSV field as a parse error, not NULL, and `'` as a quote by default.
    const lines = readFileSync(path.join(ROOT, 'data/sample', `${table}.csv`), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean);
    const csv = lines.map((line) => line.replace(/(^|,)(?=,|$)/g, '$1\\N')).join('\n') + '\n';
    await post(`${url}?format_csv_allow_single_quotes=0`, `INSERT INTO cible.${table} FORMAT CSVWithNames`, csv);
  }
}

/** The generated export's columns on the cluster: names an upload would not all recognise. */
export const EXPORT_DDL = `(order_day Date, enseigne String, canal String, plateforme String, zone String, rayon String, store String,
  nb_commandes Nullable(Int64), ca_ttc Decimal(18,4), fee_eur Nullable(Decimal(18,4)))`;

/** What the export's columns need beyond the upload's header aliases (enseigne, canal, ca_ttc, … are found alone). */
export const EXPORT_MAPPING = { date: 'order_day', commission_eur: 'fee_eur' } as const;

/**
 * Creates `cible.export_local` on both shards and `cible.export` (Distributed) over them, and
 * loads the export's data lines (header first in `lines`) alternately into the two shards.
 */
export async function loadExport(cluster: Cluster, lines: readonly string[]): Promise<number> {
  const rows = lines.slice(1);
  for (const [index, url] of cluster.shards.entries()) {
    await post(url, 'CREATE DATABASE IF NOT EXISTS cible');
    await post(url, `CREATE TABLE cible.export_local ${EXPORT_DDL} ENGINE = MergeTree() ORDER BY (order_day, enseigne)`);
    await post(url, `CREATE TABLE cible.export AS cible.export_local ENGINE = Distributed(cible, cible, export_local, rand())`);
    await post(url, 'INSERT INTO cible.export_local FORMAT CSV', rows.filter((_, i) => i % 2 === index).join('\n') + '\n');
  }
  return rows.length;
}
