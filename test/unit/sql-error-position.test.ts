import { describe, expect, it } from 'vitest';
import { errorPosition, errorSummary } from '../../src/queries/sql-error-position';

describe('errorPosition()', () => {
  it('finds the caret of a binder error on the first line (message as DuckDB-WASM sends it)', () => {
    const sql = 'SELECT bad FROM sales';
    const message =
      'Binder Error: Referenced column "bad" not found in FROM clause!\nCandidate bindings: "date", "orders"\nLINE 1: SELECT bad FROM sales\n               ^';
    expect(errorPosition(message, sql)).toEqual({ offset: 7, line: 1, column: 8 });
  });

  it('reads the first of a repeated excerpt (parser errors carry it twice)', () => {
    const sql = 'SELECT 1 FORM x';
    const message =
      'Parser Error: syntax error at or near "x"\nLINE 1: SELECT 1 FORM x\n                      ^\nLINE 1: SELECT 1 FORM x\n                      ^';
    expect(errorPosition(message, sql)?.offset).toBe(14);
  });

  it('counts lines, and finds a cut excerpt inside its line', () => {
    const sql = `SELECT channel,\n  ${'sum(revenue_eur) AS revenue, '.repeat(3)}nope AS x, ${'count(*) AS n, '.repeat(4)}1\nFROM sales`;
    const line = sql.split('\n')[1]!;
    const spot = line.indexOf('nope');
    const excerpt = `...${line.slice(spot - 39, spot + 40)}...`;
    const message = `Binder Error: Referenced column "nope" not found\nLINE 2: ${excerpt}\n${' '.repeat('LINE 2: ...'.length + 39)}^`;
    const position = errorPosition(message, sql);
    expect(position).toEqual({ offset: sql.indexOf('nope'), line: 2, column: spot + 1 });
  });

  it('gives nothing when DuckDB names no position', () => {
    expect(errorPosition('Catalog Error: Table with name nope does not exist!', 'SELECT * FROM nope')).toBeNull();
  });
});

describe('errorSummary()', () => {
  it('keeps DuckDB’s words and drops the excerpt the editor now marks', () => {
    const message =
      'Parser Error: syntax error at or near "x"\nLINE 1: SELECT 1 FORM x\n                      ^\nLINE 1: SELECT 1 FORM x\n                      ^';
    expect(errorSummary(message)).toBe('Parser Error: syntax error at or near "x"');
    expect(
      errorSummary('Binder Error: Referenced column "bad" not found in FROM clause!\nCandidate bindings: "date"\nLINE 1: SELECT bad\n               ^'),
    ).toBe('Binder Error: Referenced column "bad" not found in FROM clause!\nCandidate bindings: "date"');
  });
});
