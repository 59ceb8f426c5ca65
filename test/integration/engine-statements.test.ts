import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEngine } from '../../src/engine/duckdb-engine';
import { QueryError } from '../../src/engine/engine';
import { createNodeEngine } from '../../src/engine/node-engine';
import { STATEMENT_CACHE_SIZE } from '../../src/engine/statement-cache';

let engine: DuckDbEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.exec(`CREATE TABLE facts AS SELECT * FROM (VALUES ('voice', 10.5), ('web', 20.25), ('web', 1.25)) t(channel, revenue)`);
});
afterAll(async () => {
  await engine.close();
});

const BY_CHANNEL = 'SELECT sum(revenue)::DOUBLE AS total, count(*)::DOUBLE AS n FROM facts WHERE channel = ?';

async function total(channel: string): Promise<number[]> {
  const result = await engine.query(BY_CHANNEL, [channel]);
  return [(result.columns.total as Float64Array)[0]!, (result.columns.n as Float64Array)[0]!];
}

describe('prepared statements on the dashboard connection', () => {
  it('plans the same SQL once and answers each run with its own parameters', async () => {
    const before = engine.statementStats;
    expect(await total('web')).toEqual([21.5, 2]);
    expect(await total('voice')).toEqual([10.5, 1]);
    expect(await total('web')).toEqual([21.5, 2]);
    const after = engine.statementStats;
    expect(after.prepared - before.prepared).toBe(1);
    expect(after.reused - before.reused).toBe(2);
  });

  it('answers from the new table after it was dropped and created again (a dataset reloaded)', async () => {
    await total('web');
    await engine.execAll(['BEGIN', 'DROP TABLE facts', `CREATE TABLE facts AS SELECT 'web' AS channel, 7::DECIMAL(18,2) AS revenue`, 'COMMIT']);
    const prepared = engine.statementStats.prepared;
    expect(await total('web')).toEqual([7, 1]);
    expect(engine.statementStats.prepared).toBe(prepared);
  });

  it('forgets a statement that failed, and prepares it afresh on the next call', async () => {
    const sql = "SELECT 1::DOUBLE / (CASE WHEN ? THEN 1 ELSE error('refused') END)::DOUBLE AS v";
    await expect(engine.query(sql, [true])).resolves.toMatchObject({ numRows: 1 });
    const open = engine.statementStats.open;
    await expect(engine.query(sql, [false])).rejects.toThrow(QueryError);
    expect(engine.statementStats.open).toBe(open - 1);
    const prepared = engine.statementStats.prepared;
    await expect(engine.query(sql, [true])).resolves.toMatchObject({ numRows: 1 });
    expect(engine.statementStats.prepared).toBe(prepared + 1);
  });

  it('caches nothing for SQL that cannot be planned', async () => {
    const open = engine.statementStats.open;
    await expect(engine.query('SELECT * FROM no_such_table WHERE x = ?', [1])).rejects.toThrow(QueryError);
    expect(engine.statementStats.open).toBe(open);
  });

  it('keeps at most its capacity of statements open, the least recently used closed first', async () => {
    for (let i = 0; i < STATEMENT_CACHE_SIZE + 10; i++) await engine.query(`SELECT ?::INTEGER + ${i} AS v`, [i]);
    expect(engine.statementStats.open).toBe(STATEMENT_CACHE_SIZE);
    const prepared = engine.statementStats.prepared;
    // The most recent one is still open; the first one was closed and is planned again.
    await engine.query(`SELECT ?::INTEGER + ${STATEMENT_CACHE_SIZE + 9} AS v`, [1]);
    expect(engine.statementStats.prepared).toBe(prepared);
    await engine.query('SELECT ?::INTEGER + 0 AS v', [1]);
    expect(engine.statementStats.prepared).toBe(prepared + 1);
  });

  it('leaves statements without parameters to the polled path (a heartbeat is answered while they run)', async () => {
    const before = engine.statementStats;
    await engine.query('SELECT 42::DOUBLE AS v');
    await engine.query('SELECT 42::DOUBLE AS v');
    expect(engine.statementStats.prepared).toBe(before.prepared);
    expect(engine.statementStats.reused).toBe(before.reused);
  });

  it('console sessions plan their statements as they come (no cache on their connection)', async () => {
    const session = (await engine.openSession()) as DuckDbEngine;
    await session.query('SELECT ?::INTEGER AS v', [1]);
    await session.query('SELECT ?::INTEGER AS v', [2]);
    expect(session.statementStats.prepared).toBe(0);
    await session.close();
  });
});
