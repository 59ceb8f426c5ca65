import { describe, expect, it } from 'vitest';
import type { ColumnarResult } from '../../src/engine/engine';
import { toCsv } from '../../src/export/csv-export';
import { resultCsvParts } from '../../src/export/result-csv';

const result: ColumnarResult = {
  names: ['label', 'amount', 'ok', 'day'],
  numRows: 3,
  columns: {
    label: ['=HYPERLINK("http://evil")', 'Lyon, "Part-Dieu"', null],
    amount: new Float64Array([-440.2, Number.NaN, 1234.5]),
    ok: [true, null, false],
    day: ['2022-01-01', '2022-01-02', null],
  },
};

describe('resultCsvParts()', () => {
  it('writes a columnar result with the formula-safe writer: same text as toCsv on the same rows', () => {
    const text = resultCsvParts(result).join('');
    expect(text).toBe(
      toCsv(result.names, [
        ['=HYPERLINK("http://evil")', -440.2, 'true', '2022-01-01'],
        ['Lyon, "Part-Dieu"', null, null, '2022-01-02'],
        [null, 1234.5, 'false', null],
      ]),
    );
    expect(text.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil"")",-440.2,true,2022-01-01`);
  });

  it('follows the grid’s order and splits long results into parts', () => {
    expect(resultCsvParts(result, [2, 0]).join('').split('\r\n').slice(1, 3)).toEqual([
      ',1234.5,false,',
      `"'=HYPERLINK(""http://evil"")",-440.2,true,2022-01-01`,
    ]);
    const big: ColumnarResult = { names: ['i'], numRows: 25_000, columns: { i: Float64Array.from({ length: 25_000 }, (_, i) => i) } };
    const parts = resultCsvParts(big);
    expect(parts).toHaveLength(4);
    expect(parts.join('').split('\r\n')).toHaveLength(25_000 + 2);
  });
});
