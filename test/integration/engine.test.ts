import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/engine/engine';
import { useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine();

describe('the Node engine (DuckDB-WASM blocking bundle)', () => {
  it('returns numbers as Float64Array with NaN for NULL, decimals exact to the cent, dates as ISO text', async () => {
    const r = await engine.query(`SELECT * FROM (VALUES
      (1::BIGINT, 4200000000.01::DECIMAL(18,2), -440.20::DECIMAL(18,2), DATE '2022-12-31', 'é€'),
      (NULL, NULL, -0.01::DECIMAL(18,2), NULL, NULL)) t(n, d, neg, day, s)`);
    expect(r.numRows).toBe(2);
    expect(Array.from(r.columns.n as Float64Array)).toEqual([1, Number.NaN]);
    expect((r.columns.d as Float64Array)[0]).toBe(4200000000.01);
    expect(Array.from(r.columns.neg as Float64Array)).toEqual([-440.2, -0.01]);
    expect(r.columns.day).toEqual(['2022-12-31', null]);
    expect(r.columns.s).toEqual(['é€', null]);
  });

  it("returns a column named __proto__ (or constructor) as a column, not as the result object's prototype", async () => {
    const r = await engine.query(`SELECT 1::DOUBLE AS "__proto__", 'x' AS "constructor", '<script>' AS "<img src=x onerror=alert(1)>"`);
    expect(r.names).toEqual(['__proto__', 'constructor', '<img src=x onerror=alert(1)>']);
    expect(Object.hasOwn(r.columns, '__proto__')).toBe(true);
    expect(Array.from(r.columns['__proto__'] as Float64Array)).toEqual([1]);
    expect(r.columns['constructor']).toEqual(['x']);
    expect(r.columns['<img src=x onerror=alert(1)>']).toEqual(['<script>']);
  });

  it('binds ? parameters', async () => {
    const r = await engine.query('SELECT ?::INTEGER + 1 AS v, ? AS s, ?::DATE AS d', [41, "l'été", '2020-06-16']);
    expect((r.columns.v as Float64Array)[0]).toBe(42);
    expect(r.columns.s).toEqual(["l'été"]);
    expect(r.columns.d).toEqual(['2020-06-16']);
  });

  it('rejects bad SQL with a QueryError that carries the SQL and the cause', async () => {
    const sql = 'SELECT * FROM no_such_table';
    const error = await engine.query(sql).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).sql).toBe(sql);
    expect((error as QueryError).message).toMatch(/no_such_table/);
    expect((error as QueryError).cause).toBeInstanceOf(Error);
  });

  it('never downloads extensions: reading Parquet fails at once instead of reaching a CDN', async () => {
    await expect(engine.query("SELECT * FROM read_parquet('x.parquet')")).rejects.toThrow(QueryError);
  });

  it('inserts columns into an existing table', async () => {
    await engine.exec('CREATE TABLE t (x DOUBLE, s VARCHAR)');
    await engine.insert({ table: 't' }, { x: new Float64Array([1.5, 2.5]), s: ['a', 'b'] });
    const r = await engine.query("SELECT sum(x) AS total, string_agg(s, '' ORDER BY s) AS s FROM t");
    expect((r.columns.total as Float64Array)[0]).toBe(4);
    expect(r.columns.s).toEqual(['ab']);
  });
});

describe('results for the SQL console', () => {
  it('names each column’s DuckDB type and writes times, intervals, blobs and timestamps the way DuckDB prints them', async () => {
    const r = await engine.query(`SELECT 1::INTEGER AS i, 2::UBIGINT AS u, 1.5::DOUBLE AS d, 3.25::DECIMAL(18,2) AS m,
      DATE '2022-03-04' AS day, TIMESTAMP '2022-01-02 03:04:05' AS ts, TIMESTAMP '2022-01-02 00:00:00' AS midnight,
      TIME '10:11:12.5' AS t, INTERVAL '1 month 3 days 4 hours' AS span, 'x\\x01'::BLOB AS b, 'a'::ENUM('a', 'b') AS e,
      [1, 2] AS l, true AS ok, 'é' AS s`);
    expect(r.types).toEqual({
      i: 'INTEGER',
      u: 'UBIGINT',
      d: 'DOUBLE',
      m: 'DECIMAL(18,2)',
      day: 'DATE',
      ts: 'TIMESTAMP',
      midnight: 'TIMESTAMP',
      t: 'TIME',
      span: 'INTERVAL',
      b: 'BLOB',
      e: 'ENUM',
      l: 'INTEGER[]',
      ok: 'BOOLEAN',
      s: 'VARCHAR',
    });
    expect(r.columns.ts).toEqual(['2022-01-02 03:04:05']);
    expect(r.columns.midnight).toEqual(['2022-01-02']);
    expect(r.columns.t).toEqual(['10:11:12.5']);
    expect(r.columns.span).toEqual(['1 month 3 days 04:00:00']);
    expect(r.columns.b).toEqual(['x\\x01']);
    expect(r.columns.l).toEqual(['[1,2]']);
  });

  it('stops at maxRows and says the result was cut', async () => {
    const r = await engine.query('SELECT * FROM range(5000) t(i)', [], { maxRows: 1200 });
    expect(r.numRows).toBe(1200);
    expect(r.truncated).toBe(true);
    const whole = await engine.query('SELECT * FROM range(10) t(i)', [], { maxRows: 10 });
    expect(whole.truncated).toBeUndefined();
  });

  it('opens sessions with their own search_path and temporary tables, on the same data', async () => {
    await engine.exec('CREATE SCHEMA IF NOT EXISTS ds_x');
    await engine.exec('CREATE OR REPLACE TABLE ds_x.facts AS SELECT 42 AS answer');
    const session = await engine.openSession();
    await session.exec("SET search_path = 'ds_x,main'");
    await session.exec('CREATE TEMP TABLE scratch AS SELECT 1 AS x');
    expect(Array.from((await session.query('SELECT answer FROM facts')).columns.answer as Float64Array)).toEqual([42]);
    // The engine's own connection keeps its search path and never sees the session's temp table.
    await expect(engine.query('SELECT answer FROM facts')).rejects.toThrow(/facts/);
    await expect(engine.query('SELECT x FROM scratch')).rejects.toThrow(/scratch/);
    await session.close();
    expect(Array.from((await engine.query('SELECT answer FROM ds_x.facts')).columns.answer as Float64Array)).toEqual([42]);
  });
});
