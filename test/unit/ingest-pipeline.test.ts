import { englishText } from '../../src/i18n/message';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareIngest, type IngestRequest } from '../../src/ingest/prepare-ingest';
import { SHARED_DIR } from '../support/shared-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const SHARED = SHARED_DIR;
const encode = (text: string) => new TextEncoder().encode(text);
const request = (fileName: string, text: string, extra: Partial<IngestRequest> = {}): IngestRequest => ({ fileName, bytes: encode(text), ...extra });

function reconciles(report: Awaited<ReturnType<typeof prepareIngest>>['report']) {
  expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
  expect(report.rejects.length).toBe(report.rowsRejected);
}

describe('a French Windows-1252 export (";", decimal commas, thousands spaces, € in a header)', () => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'ventes-fr-cp1252.csv')));

  it('is decoded, sniffed and mapped without help', async () => {
    const { report } = await prepareIngest({ fileName: 'ventes.csv', bytes });
    expect(report.kind).toBe('sales');
    expect(report.settings).toMatchObject({ encoding: 'windows-1252', delimiter: ';', header: true });
    expect(report.formats).toEqual({ number: { decimal: ',', thousands: ' ' }, date: 'dd/mm/yyyy' });
    expect(report.headers).toEqual(['Date', 'Enseigne', 'Canal', 'Région', 'Catégorie', 'Commandes', 'CA TTC (€)']);
    expect(report.mapping).toMatchObject({ revenue_eur: { column: 'CA TTC (€)' }, channel: { column: 'Canal' }, region: { column: 'Région' } });
  });

  it('loads every good row, rejects the others with line, column, value and reason, and counts the blank line apart', async () => {
    const { report, csv } = await prepareIngest({ fileName: 'ventes.csv', bytes });
    reconciles(report);
    expect([report.rowsRead, report.rowsLoaded, report.blankLines, report.headerLines]).toEqual([8, 6, 1, 1]);
    expect(report.rejects.map((r) => ({ ...r, reason: englishText(r.reason) }))).toEqual([
      { line: 5, column: 'Date', value: '31/02/2022', reason: 'no such day: 31/02/2022' },
      { line: 8, column: 'CA TTC (€)', value: 'n/d', reason: 'not a number' },
    ]);
    // `Provence-Alpes-Côte d’Azur` survives (’ is 0x92 in Windows-1252), channels are mapped.
    expect(csv).toContain('"Provence-Alpes-Côte d’Azur"');
    expect(csv).toContain('2022-01-15,"Carrefour","voice"');
    expect(csv).toContain('"Œufs & volaille",512,18999.99');
    expect(csv).toContain(',-440.20,');
  });

  it("applies the analyst's channel value mapping over the defaults", async () => {
    const { csv } = await prepareIngest({ fileName: 'ventes.csv', bytes, profile: { channelValues: { Drive: 'drive' } } });
    expect(csv).toContain('2022-04-30,"Carrefour","drive"');
  });
});

describe('refusals and rejects name what to fix', () => {
  it('refuses a quote that never closes, naming its line', async () => {
    const { report } = await prepareIngest(request('q.csv', 'a,b\n1,2\n3,"oops\n4,5\n'));
    expect(report.refused).toBe(true);
    expect(englishText(report.reason)).toMatch(/q\.csv, line 3: a quoted field that starts on line 3 is never closed/);
  });

  it('rejects records with a wrong number of fields, tolerating a spare empty delimiter', async () => {
    const { report } = await prepareIngest(request('r.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n', { kind: 'table' }));
    reconciles(report);
    expect(report.rejects.map((r) => [r.line, englishText(r.reason)])).toEqual([
      [3, 'expected 3 fields, found 2'],
      [4, 'expected 3 fields, found 4 (the extra ones hold data)'],
    ]);
    expect(report.rowsLoaded).toBe(2);
  });

  it('reads "#" lines as comments only when they do not have the shape of the data', async () => {
    const data = (await prepareIngest(request('o.csv', 'order,city,qty\n#12,Paris,4\n#13,Lyon,2\n', { kind: 'table' }))).report;
    expect([data.rowsLoaded, data.commentLines]).toEqual([2, 0]);
    const notes = (await prepareIngest(request('c.csv', '# export du 3 mai\norder;city;qty\n# partiel\n12;Paris;4\n', { kind: 'table' }))).report;
    expect([notes.rowsLoaded, notes.commentLines, notes.headers]).toEqual([1, 2, ['order', 'city', 'qty']]);
  });

  it('asks which date format when nothing in the column decides', async () => {
    const { report } = await prepareIngest(request('d.csv', 'Date,Canal,CA\n03/04/2022,web,10\n05/06/2022,web,20\n', { kind: 'sales' }));
    expect(report.questions).toEqual([{ kind: 'date-format', column: 'Date', choices: ['dd/mm/yyyy', 'mm/dd/yyyy'] }]);
  });

  it('says which canonical column has no source', async () => {
    const { report } = await prepareIngest(
      request('s.csv', 'Jour,Montant\n2022-01-01,10\n', { kind: 'sales', profile: { mapping: { date: { column: 'Jour' }, revenue_eur: { column: 'Nope' } } } }),
    );
    expect(report.refused).toBe(true);
    expect(englishText(report.reason)).toContain('no column named "Nope"');
  });

  it('refuses empty and header-only files clearly', async () => {
    expect(englishText((await prepareIngest(request('e.csv', ''))).report.reason)).toBe('e.csv is empty (0 bytes).');
    expect(englishText((await prepareIngest(request('h.csv', 'Date;CA TTC\n'))).report.reason)).toMatch(/h\.csv has a header but no data rows/);
    // A plain table needs no column names: its lone record is data.
    const single = (await prepareIngest(request('one.csv', 'a,b\n', { kind: 'table' }))).report;
    expect([single.refused, single.headerLines, single.rowsLoaded]).toEqual([false, 0, 1]);
  });
});

describe('parsing gives the same records whatever the chunk size', () => {
  const field = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'é€’', ' 1 234,5 ', ''));
  const table = fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 });
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;

  it('for generated CSV with quotes, delimiters and line breaks inside fields', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 40 }), async (rows, chunkSize) => {
        const text = `x,y,z\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
        const whole = await prepareIngest(request('g.csv', text, { kind: 'table' }));
        const chunked = await prepareIngest(request('g.csv', text, { kind: 'table', chunkSize }));
        expect(chunked.csv).toBe(whole.csv);
        expect(chunked.report.rejects).toEqual(whole.report.rejects);
        expect(chunked.report.blankLines).toBe(whole.report.blankLines);
      }),
      { numRuns: 150 },
    );
  });

  // Three full parses of a 2.7 MB file: seconds on a machine shared with other jobs, not a speed test.
  it('for a real 2.7 MB export read in chunks of 1 KB, 64 KB and at once', { timeout: 120_000 }, async () => {
    const bytes = new Uint8Array(readFileSync(path.join(SHARED, 'datasets/superstore/Sample-Superstore.csv')));
    const runs = await Promise.all(
      [undefined, 1024, 65536].map((chunkSize) => prepareIngest({ fileName: 's.csv', bytes, kind: 'sales', ...(chunkSize ? { chunkSize } : {}) })),
    );
    expect(runs[0]!.report.rowsLoaded).toBe(9994);
    for (const run of runs.slice(1)) expect(run.csv).toBe(runs[0]!.csv);
  });
});
