// The SQL console's runner and schema browser on the real engine (locked, with the bundled data).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import { runConsoleSql, type ConsoleOutcome } from '../../src/session/console-runner';
import { consoleSchemaQuery, readConsoleSchema } from '../../src/queries/console-schema';
import { useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });
let session: Engine;
beforeAll(async () => {
  await engine.exec("CREATE OR REPLACE TABLE main.stores AS SELECT * FROM (VALUES ('Lyon', 1200), ('Lille', 800)) t(store, surface)");
  session = await engine.openSession();
});

function ok(outcome: ConsoleOutcome) {
  if (!outcome.ok) throw new Error(`expected a result, got ${outcome.error.reason}: ${outcome.error.message}`);
  return outcome;
}
function failed(outcome: ConsoleOutcome) {
  if (outcome.ok) throw new Error('expected an error');
  return outcome.error;
}
const count = async (sql: string) => (ok(await runConsoleSql(session, 'sample', sql)).result.columns.n as Float64Array)[0];

describe('runConsoleSql()', () => {
  it('reads the active dataset’s tables by their plain names', async () => {
    const direct = await engine.query('SELECT count(*)::DOUBLE AS n FROM ds_public.sales');
    const outcome = ok(await runConsoleSql(session, 'public', 'SELECT count(*)::DOUBLE AS n FROM sales'));
    expect((outcome.result.columns.n as Float64Array)[0]).toBe((direct.columns.n as Float64Array)[0]);
    const sample = await engine.query('SELECT count(*)::DOUBLE AS n FROM ds_sample.sales');
    expect(await count('SELECT count(*)::DOUBLE AS n FROM sales')).toBe((sample.columns.n as Float64Array)[0]);
  });

  it('reaches the Data page’s plain tables too', async () => {
    expect(await count('SELECT count(*)::DOUBLE AS n FROM stores')).toBe(2);
  });

  it('runs a script statement by statement and shows the last result', async () => {
    const outcome = ok(
      await runConsoleSql(session, 'sample', 'USE ds_public;\nSELECT 1 AS a;\n-- the year of the goal\nSELECT max(year(period_end))::DOUBLE AS n FROM targets'),
    );
    expect(outcome.statements).toBe(3);
    expect(outcome.lastKind).toBe('read');
    expect((outcome.result.columns.n as Float64Array)[0]).toBeGreaterThanOrEqual(2022);
  });

  it('points at the error in the whole input, past earlier statements and lines', async () => {
    const sql = 'SELECT 1;\nSELECT channel,\n  nope\nFROM sales';
    const error = failed(await runConsoleSql(session, 'sample', sql));
    expect(error.reason).toBe('duckdb');
    expect(error.message).toMatch(/^Binder Error: Referenced column "nope" not found/);
    expect(error.message).not.toMatch(/LINE/);
    expect(error.position).toEqual({ offset: sql.indexOf('nope'), line: 3, column: 3 });
  });

  it('marks a syntax error where DuckDB’s parser stopped', async () => {
    const sql = 'SELECT channel FORM sales';
    const error = failed(await runConsoleSql(session, 'sample', sql));
    expect(error.message).toMatch(/Parser Error/);
    expect(error.position?.offset).toBe(sql.indexOf('sales'));
  });

  it.each([
    ["COPY (SELECT 1) TO 'http://127.0.0.1:9/x.csv'", 'outside', 'COPY'],
    ["INSTALL httpfs FROM 'http://127.0.0.1:9/'", 'outside', 'INSTALL'],
    ["ATTACH 'http://127.0.0.1:9/db.duckdb'", 'outside', 'ATTACH'],
    ['DROP TABLE sales', 'write', 'DROP'],
    ['DELETE FROM ds_sample.sales', 'write', 'DELETE'],
  ])('refuses %s before running anything', async (statement, reason, keyword) => {
    const sql = `CREATE OR REPLACE TEMP TABLE must_not_exist AS SELECT 1 AS x;\n${statement}`;
    const error = failed(await runConsoleSql(session, 'sample', sql));
    expect([error.reason, error.keyword]).toEqual([reason, keyword]);
    expect(error.position?.line).toBe(2);
    expect(failed(await runConsoleSql(session, 'sample', 'SELECT * FROM must_not_exist')).reason).toBe('duckdb');
    expect(await count('SELECT count(*)::DOUBLE AS n FROM ds_sample.sales')).toBeGreaterThan(100_000);
  });

  it('says the lockdown stopped a read of a URL inside a query', async () => {
    const error = failed(await runConsoleSql(session, 'sample', "SELECT * FROM read_csv('http://127.0.0.1:9/a.csv')"));
    expect(error.reason).toBe('lockdown');
    expect(error.message).toMatch(/Permission Error/);
  });

  it('says the lockdown stopped an attempt to switch external access back on', async () => {
    expect(failed(await runConsoleSql(session, 'sample', 'SET enable_external_access = true')).reason).toBe('lockdown');
  });

  it('refuses empty input', async () => {
    expect(failed(await runConsoleSql(session, 'sample', ' -- nothing\n;')).reason).toBe('empty');
  });

  it('reads at most maxRows and says so', async () => {
    const outcome = ok(await runConsoleSql(session, 'sample', 'SELECT * FROM range(150000)', 100_000));
    expect(outcome.result.numRows).toBe(100_000);
    expect(outcome.result.truncated).toBe(true);
  });
});

describe('the console’s schema', () => {
  it('lists the active dataset’s tables with their columns, the plain tables and the console’s temporary tables', async () => {
    ok(await runConsoleSql(session, 'sample', 'CREATE OR REPLACE TEMP TABLE by_year AS SELECT year(date) AS y, sum(revenue_eur) AS r FROM sales GROUP BY ALL'));
    const query = consoleSchemaQuery('sample');
    const tables = readConsoleSchema(await session.query(query.sql, query.params));
    expect(tables.map((t) => `${t.group}:${t.name}`)).toEqual([
      'dataset:events',
      'dataset:platform_fees',
      'dataset:sales',
      'dataset:targets',
      'plain:stores',
      'temporary:by_year',
    ]);
    const sales = tables.find((t) => t.name === 'sales')!;
    expect(sales.columns.slice(0, 3)).toEqual([
      { name: 'date', type: 'DATE' },
      { name: 'retailer', type: 'VARCHAR' },
      { name: 'channel', type: expect.stringMatching(/ENUM|VARCHAR/) as unknown as string },
    ]);
    expect(sales.rows).toBeGreaterThan(100_000);
    // The engine's own connection does not see the console's temporary table.
    const fromEngine = readConsoleSchema(await engine.query(query.sql, query.params));
    expect(fromEngine.some((t) => t.group === 'temporary')).toBe(false);
  });
});
