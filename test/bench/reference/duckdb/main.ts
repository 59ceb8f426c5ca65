/**
 * The bare reference: DuckDB-WASM with Vite and nothing else. It loads the bundled sample's CSVs
 * as Cible did before it shipped the prebuilt database file (same files, same typed read_csv) and
 * runs Cible's first KPI query, so the benchmark can compare Cible's first live KPI with the least
 * any DuckDB-WASM page must do with the data as CSV.
 * With `?csv=<url>` it loads a generated export instead (the 10M-row memory measure). With
 * `?db=1` it opens the sample's prebuilt database file as Cible now does (attach, copy the
 * sales and targets): the least a DuckDB-WASM page must do with that file, for comparison.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import coiWasm from '@duckdb/duckdb-wasm/dist/duckdb-coi.wasm?url';
import coiWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.worker.js?url';
import coiPthreadWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-coi.pthread.worker.js?url';
import salesUrl from '../../../../data/sample/sales.csv.gz?url';
import targetsUrl from '../../../../data/sample/targets.csv?url';
import databaseUrl from '../../../../data/sample/sample.duckdb.gz?url';
import { kpiSummaryQuery } from '../../../../src/queries/kpi-summary';
import { DEFAULT_FILTERS } from '../../../../src/state/filters';
import { createSchemaSql, loadCanonicalSql, loadExportSql } from '../../bench-sql';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
  coi: { mainModule: coiWasm, mainWorker: coiWorker, pthreadWorker: coiPthreadWorker },
};

const absolute = (url: string) => new URL(url, document.baseURI).href;
const gunzip = async (bytes: Uint8Array) =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
const bytesOf = async (url: string) => new Uint8Array(await (await fetch(absolute(url))).arrayBuffer());

async function main() {
  const csv = new URLSearchParams(location.search).get('csv');
  const database = new URLSearchParams(location.search).get('db') === '1';
  // Downloads start at once, alongside the engine, as in Cible.
  const files = csv
    ? Promise.all([bytesOf(csv)])
    : database
      ? Promise.all([bytesOf(databaseUrl).then(gunzip)])
      : Promise.all([bytesOf(salesUrl), bytesOf(targetsUrl)]);
  const bundle = await duckdb.selectBundle(BUNDLES);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(absolute(bundle.mainWorker!)));
  await db.instantiate(absolute(bundle.mainModule), bundle.pthreadWorker ? absolute(bundle.pthreadWorker) : null);
  const conn = await db.connect();
  const flavour = bundle.mainModule === coiWasm ? 'coi' : bundle.mainModule === ehWasm ? 'eh' : 'mvp';
  document.querySelector('.page-footer')!.textContent = `DuckDB ${await db.getVersion()} (wasm, ${flavour}) — bare page`;
  await conn.query(createSchemaSql(DEFAULT_FILTERS.dataset));
  if (csv) {
    const [sales] = await files;
    await db.registerFileBuffer('bench/export.csv', sales!);
    await conn.query(loadExportSql(DEFAULT_FILTERS.dataset, 'bench/export.csv'));
    await db.dropFile('bench/export.csv');
    const count = (await conn.query(`SELECT count(*)::DOUBLE AS n FROM ds_${DEFAULT_FILTERS.dataset}.sales`)).getChild('n')?.get(0);
    document.body.dataset.loadedRows = String(count);
    return;
  }
  if (database) {
    const [file] = await files;
    await db.registerFileBuffer('bundled/sample.duckdb', file!);
    await conn.query(`ATTACH 'bundled/sample.duckdb' AS prebuilt (READ_ONLY)`);
    for (const table of ['sales', 'targets']) await conn.query(`CREATE TABLE ds_${DEFAULT_FILTERS.dataset}.${table} AS SELECT * FROM prebuilt.main.${table}`);
  } else {
    const [sales, targets] = await files;
    await db.registerFileBuffer('bundled/sales.csv.gz', sales!);
    await db.registerFileBuffer('bundled/targets.csv', targets!);
    await conn.query(loadCanonicalSql(DEFAULT_FILTERS.dataset, 'sales', 'bundled/sales.csv.gz'));
    await conn.query(loadCanonicalSql(DEFAULT_FILTERS.dataset, 'targets', 'bundled/targets.csv'));
  }
  const query = kpiSummaryQuery(DEFAULT_FILTERS);
  const statement = await conn.prepare(query.sql);
  const result = await statement.query(...query.params);
  const actual = Number(result.getChild('actual')?.get(0));
  const card = document.createElement('div');
  card.dataset.testid = 'kpi-actual';
  card.dataset.value = String(actual);
  card.textContent = `Actual: ${(actual / 1e9).toFixed(2)} bn€`;
  document.getElementById('kpis')!.replaceChildren(card);
}

main().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  console.error(error);
});
