/**
 * Sales rows generated inside the two-shard test cluster (`npm run bench -- --cluster`):
 * `INSERT … SELECT … FROM numbers(n)` on each shard, both at once, so no CSV is written and
 * nothing crosses the wire. Plain SQL both Debian's 18.16 and current releases run. The rows
 * spread over 2016–2024 (more in later years, as online grocery grew), three retailers, the
 * channels voice / web / partner and their platforms, four regions and four categories.
 */
import { CATEGORIES, REGIONS } from '../../data/sample-model';
import { post, SALES_DDL, type Cluster } from '../support/clickhouse-cluster';

/** Retailer, channel, platform, commission in % of revenue (0: none recorded), share of rows in %. */
const STREAMS = [
  ['Carrefour', 'web', 'Drive', 0, 30],
  ['Carrefour', 'web', 'carrefour.fr', 0, 20],
  ['Carrefour', 'partner', 'Google Shopping', 12, 8],
  ['Carrefour', 'voice', 'Google Assistant', 12, 5],
  ['Monoprix', 'web', 'monoprix.fr', 0, 14],
  ['Monoprix', 'partner', 'Amazon Prime Now', 8, 8],
  ['Auchan', 'web', 'auchan.fr', 0, 10],
  ['Auchan', 'voice', 'Google Assistant', 12, 5],
] as const;

const FIRST_DAY = '2016-01-01';
/** Days from 2016-01-01 to 2024-12-31. */
const DAYS = 3287;

const list = (values: readonly (string | number)[]) => `[${values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(', ')}]`;

/** The stream (1-based) of a row from a number in 0–99, by the streams' shares. */
function streamIndex(percent: string): string {
  let bound = 0;
  const arms = STREAMS.slice(0, -1).map((stream, i) => {
    bound += stream[4];
    return `${percent} < ${bound}, ${i + 1}`;
  });
  return `multiIf(${arms.join(', ')}, ${STREAMS.length})`;
}

/**
 * The statement that fills one shard with `rows` rows: row `number` of shard `shard` draws its
 * values from two hashes of `number * 2 + shard`, so the shards hold different rows.
 */
export function generateSql(rows: number, shard: number, offset = 0): string {
  const column = (i: number) => list(STREAMS.map((s) => s[i] as string | number));
  return `INSERT INTO cible.sales_local
SELECT
  toDate('${FIRST_DAY}') + toUInt32(floor(${DAYS} * sqrt((h % 1000000) / 1000000))) AS date,
  ${column(0)}[s] AS retailer, ${column(1)}[s] AS channel, ${column(2)}[s] AS platform,
  ${list(REGIONS)}[1 + g % ${REGIONS.length}] AS region,
  ${list(CATEGORIES)}[1 + intDiv(g, 8) % ${CATEGORIES.length}] AS category,
  toInt64(1 + intDiv(g, 64) % 4) AS orders,
  toDecimal64(cents, 4) / 100 AS revenue_eur,
  if(${column(3)}[s] = 0, NULL, toDecimal64(intDiv(cents * ${column(3)}[s], 100), 4) / 100) AS commission_eur,
  'revenue' AS metric, 'bench' AS source
FROM (
  SELECT h, g, ${streamIndex('intDiv(g, 1024) % 100')} AS s, 1500 + intDiv(g, 131072) % 15000 AS cents
  FROM (SELECT intHash64((number + ${offset}) * 2 + ${shard}) AS h, intHash64((number + ${offset}) * 2 + ${shard} + 1000000007) AS g FROM numbers(${rows}))
)`;
}

/** Rows per INSERT: each statement answers well within Node's 300 s wait for headers, even on a loaded machine. */
const CHUNK = 10_000_000;

async function fillShard(url: string, shard: number, rows: number): Promise<void> {
  for (let offset = 0; offset < rows; offset += CHUNK) await post(`${url}?max_execution_time=3600`, generateSql(Math.min(CHUNK, rows - offset), shard, offset));
}

/** Creates the local tables and the Distributed one (again: dropped first), then fills both shards at once. */
export async function generateOnCluster(cluster: Cluster, rows: number): Promise<{ ms: number; perShard: number[] }> {
  for (const url of cluster.shards) {
    await post(url, 'CREATE DATABASE IF NOT EXISTS cible');
    await post(url, 'DROP TABLE IF EXISTS cible.sales');
    await post(url, 'DROP TABLE IF EXISTS cible.sales_local');
    await post(url, `CREATE TABLE cible.sales_local ${SALES_DDL} ENGINE = MergeTree() ORDER BY (date, retailer)`);
    await post(url, 'CREATE TABLE cible.sales AS cible.sales_local ENGINE = Distributed(cible, cible, sales_local, rand())');
  }
  const half = Math.floor(rows / 2);
  const started = performance.now();
  await Promise.all(cluster.shards.map((url, shard) => fillShard(url, shard, shard === 0 ? rows - half : half)));
  const ms = performance.now() - started;
  const perShard = await Promise.all(cluster.shards.map(async (url) => Number((await post(url, 'SELECT count() FROM cible.sales_local')).trim())));
  return { ms, perShard };
}
