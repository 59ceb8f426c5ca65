import { englishText } from '../../src/i18n/message';
import { describe, expect, it } from 'vitest';
import { autoMap } from '../../src/ingest/column-mapping';
import { massRejection, notLoaded, targetConflict } from '../../src/ingest/load-guards';
import { prepareIngest } from '../../src/ingest/prepare-ingest';

const encode = (text: string) => new TextEncoder().encode(text);

describe('guards against loads that would damage data', () => {
  it('holds back a load where a wrong setting rejects many rows, naming the first reason', async () => {
    // US dates read day-first: every date with a day above 12 fails.
    const text = `Date,Channel,Sales\n${Array.from({ length: 20 }, (_, i) => `${(i % 12) + 1}/${i + 10}/2022,web,10`).join('\n')}\n`;
    const { report } = await prepareIngest({ fileName: 'us.csv', bytes: encode(text), kind: 'sales', formats: { date: 'dd/mm/yyyy' } });
    expect(report.rowsRejected).toBeGreaterThan(1);
    expect(englishText(massRejection(report))).toMatch(/^us\.csv: \d+ of 20 rows \(\d+%\) would be rejected.*line 5, column "Date": no such day: 4\/13\/2022/);
    const right = await prepareIngest({ fileName: 'us.csv', bytes: encode(text), kind: 'sales' });
    expect([right.report.formats.date, massRejection(right.report)]).toEqual(['mm/dd/yyyy', null]);
    // A few bad rows in a small file are loaded and reported, not held back.
    const few = await prepareIngest({
      fileName: 'few.csv',
      bytes: encode(`Date,CA\n${['2022-01-01,1', '2022-02-30,1', '2022-01-03,x', ...Array(5).fill('2022-01-04,2')].join('\n')}\n`),
      kind: 'sales',
    });
    expect([few.report.rowsRejected, massRejection(few.report)]).toEqual([2, null]);
  });

  it('never lets a "new" dataset replace another, nor an append count a file twice', () => {
    const existing = { name: 'Walmart', hashes: ['aa', 'bb'] };
    expect(englishText(targetConflict('new', existing, ['aa', 'bb'], ['w.csv']))).toMatch(/already loaded as dataset "Walmart"/);
    expect(englishText(targetConflict('append', existing, ['cc', 'bb'], ['x.csv', 'w.csv']))).toMatch(
      /^w\.csv is already in dataset "Walmart": appending it again would count its rows twice/,
    );
    expect(targetConflict('append', existing, ['cc'], ['x.csv'])).toBeNull();
    expect(targetConflict('replace', existing, ['aa'], ['w.csv'])).toBeNull();
    expect(targetConflict('new', null, ['aa'], ['w.csv'])).toBeNull();
  });

  it('marks every file of a batch as not loaded when one of them is refused', async () => {
    const good = (await prepareIngest({ fileName: 'good.csv', bytes: encode('Date,CA\n2022-01-01,1\n'), kind: 'sales' })).report;
    const bad = (await prepareIngest({ fileName: 'bad.csv', bytes: encode('Date,CA\n2022-01-01,"1\n'), kind: 'sales' })).report;
    const shown = notLoaded([good, bad], bad);
    expect(shown.map((r) => [r.refused, r.rowsLoaded])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(englishText(shown[0]!.reason)).toContain('bad.csv');
  });

  it('prefers Region over Country, as declared', () => {
    expect(autoMap('sales', ['Order Date', 'Country', 'Region', 'Sales']).region).toEqual({ column: 'Region' });
  });
});
