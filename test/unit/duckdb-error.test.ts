import { describe, expect, it } from 'vitest';
import { readDuckDbError } from '../../src/engine/duckdb-error';
import { QueryError } from '../../src/engine/engine';

describe('readDuckDbError()', () => {
  it('reads the JSON errors of DuckDB-WASM’s browser build into DuckDB’s usual text and the offset', () => {
    const raw =
      '{"exception_type":"Parser","exception_message":"syntax error at or near \\"sales\\"\\n\\nLINE 1: SELECT channel FORM sales\\n                            ^","error_subtype":"SYNTAX_ERROR","position":"20"}';
    expect(readDuckDbError(raw)).toEqual({
      message: 'Parser Error: syntax error at or near "sales"\n\nLINE 1: SELECT channel FORM sales\n                            ^',
      position: 20,
    });
  });

  it('leaves text errors as they are', () => {
    expect(readDuckDbError('Binder Error: Referenced column "x" not found')).toEqual({
      message: 'Binder Error: Referenced column "x" not found',
      position: null,
    });
    expect(readDuckDbError('{not json}')).toEqual({ message: '{not json}', position: null });
  });

  it('is what QueryError carries', () => {
    const error = QueryError.from(
      'SELECT 1 FORM x',
      new Error('{"exception_type":"Parser","exception_message":"syntax error at or near \\"x\\"","position":"14"}'),
    );
    expect([error.message, error.position, error.cancelled]).toEqual(['Parser Error: syntax error at or near "x"', 14, false]);
  });
});
