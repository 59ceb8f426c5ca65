import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/export/csv-export';
import { prepareIngest } from '../../src/ingest/prepare-ingest';

const encode = (text: string) => new TextEncoder().encode(text);

describe('CSV export', () => {
  it('neutralises formula starts, also after a line break inside a cell, but not numbers', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('ok\n=1+1')).toBe("ok\n'=1+1");
    expect(toCsv(['a', 'b'], [[-440.2, '-440 €']])).toBe("\ufeffa,b\r\n-440.2,'-440 €\r\n");
  });

  it('never lets a cell start a formula once parsed back, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string(), fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', 'a', ',', '"', ' ') })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (rows) => {
          const csv = toCsv(['x', 'y'], rows);
          const { report, csv: loaded } = await prepareIngest({
            fileName: 'export.csv',
            bytes: encode(csv),
            kind: 'table',
            settings: { header: true, delimiter: ',' },
          });
          // Every exported row comes back (blank-looking ones excepted: they are counted as blank).
          expect(report.rowsRead + report.blankLines).toBe(rows.length);
          for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/^[=+\-@\t]/);
          expect(loaded).toBeDefined();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('re-uploads into Cible with the same values', async () => {
    const rows: [string, string, number][] = [
      ['2022-01-03', '=cmd|calc', 45210.5],
      ['2022-01-15', '-voice-', -440.2],
      ['2022-02-28', 'Côte d’Azur, "Sud"', 12845.1],
    ];
    const csv = toCsv(['date', 'label', 'revenue'], rows);
    const { report, csv: normalised } = await prepareIngest({ fileName: 'export.csv', bytes: encode(csv), kind: 'table' });
    expect(report.rowsLoaded).toBe(3);
    expect(report.table?.columns).toEqual([
      { name: 'date', type: 'DATE' },
      { name: 'label', type: 'VARCHAR' },
      { name: 'revenue', type: 'DECIMAL(38,10)' },
    ]);
    expect(normalised.split('\n').slice(1, 4)).toEqual([
      '2022-01-03,"=cmd|calc",45210.5',
      '2022-01-15,"-voice-",-440.2',
      '2022-02-28,"Côte d’Azur, ""Sud""",12845.1',
    ]);
  });
});
