import { describe, expect, it } from 'vitest';
import { runnable, splitStatements } from '../../src/queries/console-statements';

const kinds = (sql: string) => splitStatements(sql).map((s) => [s.kind, s.keyword]);

describe('splitStatements()', () => {
  it('splits on semicolons and keeps each statement’s place in the input', () => {
    const sql = "SET search_path = 'ds_sample';\n  SELECT 1 AS one ;\n\nFROM sales LIMIT 3";
    const statements = splitStatements(sql);
    expect(statements.map((s) => s.text)).toEqual(["SET search_path = 'ds_sample'", 'SELECT 1 AS one', 'FROM sales LIMIT 3']);
    for (const s of statements) expect(sql.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['a string', "SELECT 'a;b' AS s; SELECT 2", ["SELECT 'a;b' AS s", 'SELECT 2']],
    ['a doubled quote', "SELECT 'l''été; oui' AS s", ["SELECT 'l''été; oui' AS s"]],
    ['a quoted name', 'SELECT 1 AS "x;y"', ['SELECT 1 AS "x;y"']],
    ['a line comment', 'SELECT 1 -- not; here\n, 2', ['SELECT 1 -- not; here\n, 2']],
    ['a nested block comment', 'SELECT /* a /* b; */ c; */ 1', ['SELECT /* a /* b; */ c; */ 1']],
    ['a dollar-quoted text', 'SELECT $tag$ ; $tag$ AS s', ['SELECT $tag$ ; $tag$ AS s']],
    ['an E-string with an escaped quote', "SELECT E'it\\'s; fine' AS s", ["SELECT E'it\\'s; fine' AS s"]],
  ])('never splits inside %s', (_label, sql, texts) => {
    expect(splitStatements(sql).map((s) => s.text)).toEqual(texts);
  });

  it('leaves out blank statements and leading comments', () => {
    expect(splitStatements(' ;; -- only a comment\n ; /* and this */')).toEqual([]);
    const [only] = splitStatements('-- revenue by year\nSELECT 1');
    expect(only!.text).toBe('SELECT 1');
  });

  it('an unterminated string runs to the end (DuckDB then reports it)', () => {
    expect(splitStatements("SELECT 'open; SELECT 2").map((s) => s.text)).toEqual(["SELECT 'open; SELECT 2"]);
  });
});

describe('what a console statement would do', () => {
  it.each([
    ['SELECT * FROM sales', 'read', 'SELECT'],
    ['  with t AS (SELECT 1) SELECT * FROM t', 'read', 'WITH'],
    ['FROM sales', 'read', 'FROM'],
    ['(SELECT 1) UNION (SELECT 2)', 'read', '('],
    ['DESCRIBE sales', 'read', 'DESCRIBE'],
    ['SUMMARIZE sales', 'read', 'SUMMARIZE'],
    ['SHOW TABLES', 'read', 'SHOW'],
    ['PIVOT sales ON channel USING sum(revenue_eur)', 'read', 'PIVOT'],
    ['EXPLAIN SELECT 1', 'read', 'SELECT'],
    ['VALUES (1), (2)', 'read', 'VALUES'],
    ["SET search_path = 'ds_public'", 'session', 'SET'],
    ['USE ds_public', 'session', 'USE'],
    ["PRAGMA table_info('sales')", 'session', 'PRAGMA'],
    ['CREATE TEMP TABLE t AS SELECT 1', 'scratch', 'CREATE'],
    ['create or replace temporary view v as select 1', 'scratch', 'CREATE'],
    ["COPY (SELECT 1) TO 'http://127.0.0.1:9/x.csv'", 'outside', 'COPY'],
    ["ATTACH 'http://127.0.0.1:9/db.duckdb'", 'outside', 'ATTACH'],
    ["INSTALL httpfs FROM 'http://127.0.0.1:9/'", 'outside', 'INSTALL'],
    ['FORCE INSTALL httpfs', 'outside', 'INSTALL'],
    ['LOAD httpfs', 'outside', 'LOAD'],
    ["EXPORT DATABASE 'x'", 'outside', 'EXPORT'],
    ["IMPORT DATABASE 'x'", 'outside', 'IMPORT'],
    ['DETACH x', 'outside', 'DETACH'],
    ['DROP TABLE ds_sample.sales', 'write', 'DROP'],
    ['DELETE FROM ds_sample.sales', 'write', 'DELETE'],
    ['UPDATE sales SET revenue_eur = 0', 'write', 'UPDATE'],
    ['INSERT INTO sales SELECT * FROM sales', 'write', 'INSERT'],
    ['CREATE TABLE main.t AS SELECT 1', 'write', 'CREATE'],
    ['ALTER TABLE sales RENAME TO s', 'write', 'ALTER'],
    ['WITH gone AS (SELECT 1) DELETE FROM sales', 'write', 'DELETE'],
    ['EXPLAIN ANALYZE DELETE FROM sales', 'write', 'DELETE'],
    ['EXPLAIN (FORMAT json) SELECT 1', 'read', 'SELECT'],
    ['BEGIN TRANSACTION', 'write', 'BEGIN'],
    ['CHECKPOINT', 'write', 'CHECKPOINT'],
    ['FROBNICATE', 'unknown', 'FROBNICATE'],
  ])('%s → %s', (sql, kind, keyword) => {
    expect(kinds(sql)).toEqual([[kind, keyword]]);
  });

  it('a CTE whose name or columns look like DML keywords inside parentheses is still a read', () => {
    expect(kinds('WITH t AS (SELECT 1 AS "delete") SELECT * FROM t')).toEqual([['read', 'WITH']]);
  });

  it('only reads, session settings and temporary tables may run', () => {
    expect((['read', 'session', 'scratch', 'outside', 'write', 'unknown'] as const).filter(runnable)).toEqual(['read', 'session', 'scratch']);
  });
});
