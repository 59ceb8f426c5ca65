// Property tests over sniff → parse → validate (fast-check, fixed seed, bounded runs):
// - a random table written in a random dialect (delimiter, quoting, line ending, BOM, header,
//   UTF-8 or Windows-1252) is sniffed right and reads back to the same records;
// - typed values (dates in five formats, amounts with decimal comma or point and thousands
//   separators) come back as the same ISO dates and exact decimals;
// - the chunk size the parser is fed with never changes the records;
// - arbitrary bytes never throw: a file is refused with a reason, or every row is accounted for.
// Inputs these properties found are kept in test/fixtures/fuzz-regressions.json (replayed below).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { englishText } from '../../src/i18n/message';
import { describe, expect, it } from 'vitest';
import { DATE_FORMATS, type DateFormat } from '../../src/ingest/dates';
import { INGEST_KINDS } from '../../src/ingest/ingest-kinds';
import { prepareIngest, type IngestRequest, type PreparedIngest } from '../../src/ingest/prepare-ingest';

/** Fixed in CI; `CIBLE_FUZZ_SEED=… CIBLE_FUZZ_RUNS=5000` explores further by hand. */
const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261129);
/** Runs per property: enough to find dialect bugs, small enough to keep the suite fast on 2 cores. */
const RUNS = Number(process.env.CIBLE_FUZZ_RUNS ?? 120);
const settings = (share = 1) => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * share)) });
/** A property runs many cases: more time than a plain test, on a machine shared with others. */
const PROPERTY = { timeout: 300_000 };

// --- Writing a table in a dialect -------------------------------------------------------------

const DELIMITERS = [',', ';', '\t', '|'] as const;
const NEWLINES = ['\n', '\r\n', '\r'] as const;

interface Dialect {
  delimiter: (typeof DELIMITERS)[number];
  newline: (typeof NEWLINES)[number];
  bom: boolean;
  encoding: 'utf-8' | 'windows-1252';
  /** Quote every text cell, or only those that need it. */
  quoteAll: boolean;
}

const dialectArb: fc.Arbitrary<Dialect> = fc.record({
  delimiter: fc.constantFrom(...DELIMITERS),
  newline: fc.constantFrom(...NEWLINES),
  bom: fc.boolean(),
  encoding: fc.constantFrom('utf-8' as const, 'windows-1252' as const),
  quoteAll: fc.boolean(),
});

function cell(value: string, d: Pick<Dialect, 'delimiter' | 'quoteAll'>): string {
  const needs = value.includes(d.delimiter) || /["\r\n]/.test(value) || value !== value.trim() || value === '';
  return d.quoteAll || needs ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeCsv(header: string[] | null, rows: string[][], d: Dialect): string {
  const lines = [...(header ? [header] : []), ...rows].map((r) => r.map((v) => cell(v, d)).join(d.delimiter));
  return `${lines.join(d.newline)}${d.newline}`;
}

/** Windows-1252 bytes of text made of ASCII and the characters below (what French exports hold). */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '’': 0x92,
  œ: 0x9c,
  Œ: 0x8c,
  '…': 0x85,
  é: 0xe9,
  è: 0xe8,
  ê: 0xea,
  à: 0xe0,
  ç: 0xe7,
  ô: 0xf4,
  É: 0xc9,
  ï: 0xef,
  ù: 0xf9,
  '°': 0xb0,
  '\u00a0': 0xa0,
};

function encode(text: string, d: Pick<Dialect, 'bom' | 'encoding'>): Uint8Array {
  if (d.encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return d.bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  return Uint8Array.from(
    [...text].map((c) => {
      const byte = c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : CP1252[c];
      if (byte === undefined) throw new Error(`${JSON.stringify(c)} has no Windows-1252 byte in this test's table`);
      return byte;
    }),
  );
}

const FRENCH = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_/()&', ...Object.keys(CP1252).filter((c) => c !== '\u00a0')];
/** Text cells: French letters, and now and then the characters CSV must quote. */
const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRENCH), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...FRENCH, '"', ',', ';', '\t', '|', '\n', '\r\n', "'"), { minLength: 0, maxLength: 8 }).map((cs) => cs.join('')),
  },
);
/** Header labels: distinct, non-empty, not numbers, free of delimiters and quotes. */
const headerArb = (width: number) =>
  fc.uniqueArray(
    fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàç_'), { minLength: 1, maxLength: 10 }).map((cs) => cs.join('')),
    {
      minLength: width,
      maxLength: width,
      selector: (h) => h.toLowerCase(),
    },
  );

const tableArb = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.record({
    header: headerArb(width),
    rows: fc.array(fc.array(textArb, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 15 }),
  }),
);

/** Fields as the ingest read them (the preview keeps the first 50 records, cut to the table's width). */
function recordsOf(prepared: PreparedIngest): string[][] {
  return prepared.preview;
}

function expectAccounted(prepared: PreparedIngest): void {
  const r = prepared.report;
  if (r.refused) {
    expect(englishText(r.reason).length > 0, 'a refusal says why').toBe(true);
    expect(r.rowsLoaded).toBe(0);
    return;
  }
  expect(r.rowsRead, 'rows read = loaded + rejected').toBe(r.rowsLoaded + r.rowsRejected);
  expect(r.rejects.length).toBe(Math.min(r.rowsRejected, 10_000));
  // The normalised CSV holds the header and exactly the loaded rows (quoted line breaks aside).
  expect(prepared.csv.endsWith('\n')).toBe(true);
}

// Text that is valid UTF-8 when read as bytes of Windows-1252 ("Ã©" is é in UTF-8) is truly
// ambiguous; so is ASCII, which both encodings write alike. The sniffer may call those UTF-8.
function sameText(d: Dialect, text: string): boolean {
  return d.encoding === 'utf-8' || /^[\x00-\x7f]*$/.test(text);
}

/** A table with a column of amounts, so a file without a header can be told from one with. */
const numericTableArb = fc.record({
  table: tableArb,
  amounts: fc.array(fc.integer({ min: -99_999, max: 9_999_999 }), { minLength: 15, maxLength: 15 }),
  hasHeader: fc.boolean(),
});

describe('random tables in random dialects', () => {
  it('with a column of amounts: whether the first line is a header is sniffed right', PROPERTY, async () => {
    await fc.assert(
      fc.asyncProperty(numericTableArb, dialectArb, async ({ table, amounts, hasHeader }, d) => {
        const header = [...table.header, 'montant'];
        const rows = table.rows.map((r, i) => [...r, String(amounts[i])]);
        const prepared = await prepareIngest({ fileName: 'num.csv', bytes: encode(writeCsv(hasHeader ? header : null, rows, d), d), kind: 'table' });
        expectAccounted(prepared);
        const r = prepared.report;
        expect(r.refused, englishText(r.reason)).toBe(false);
        expect([r.settings.delimiter, r.settings.header]).toEqual([d.delimiter, hasHeader]);
        expect(r.headers).toEqual(hasHeader ? header : header.map((_, i) => `column_${i + 1}`));
        expect(recordsOf(prepared)).toEqual(rows);
        expect(r.table?.columns.at(-1)?.type).toBe('BIGINT');
      }),
      settings(),
    );
  });

  it('are sniffed right (delimiter, header, encoding) and read back to the same records', PROPERTY, async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, dialectArb, async ({ header, rows }, d) => {
        const text = writeCsv(header, rows, d);
        const prepared = await prepareIngest({ fileName: 'fuzz.csv', bytes: encode(text, d), kind: 'table' });
        expectAccounted(prepared);
        const r = prepared.report;
        expect(r.refused, englishText(r.reason)).toBe(false);
        expect(r.settings.delimiter).toBe(d.delimiter);
        expect(r.settings.header).toBe(true);
        if (!sameText(d, text)) expect(r.settings.encoding).toBe('windows-1252');
        else if (d.encoding === 'utf-8') expect(r.settings.encoding).toBe(d.bom ? 'utf-8-bom' : 'utf-8');
        expect(r.headers).toEqual(header);
        expect([r.rowsRead, r.rowsLoaded, r.rowsRejected]).toEqual([rows.length, rows.length, 0]);
        expect(recordsOf(prepared)).toEqual(rows);
      }),
      settings(),
    );
  });

  it('read back to the same records with the dialect given, any quote character, any text', PROPERTY, async () => {
    const anyText = fc.string({ unit: 'grapheme', maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(anyText, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 10 })),
        fc.constantFrom('"' as const, "'" as const),
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom(...NEWLINES),
        async (rows, quote, delimiter, newline) => {
          const q = (v: string) => `${quote}${v.replaceAll(quote, quote + quote)}${quote}`;
          const text = rows.map((r) => r.map(q).join(delimiter)).join(newline) + newline;
          const prepared = await prepareIngest({
            fileName: 'given.csv',
            bytes: new TextEncoder().encode(text),
            kind: 'table',
            settings: { encoding: 'utf-8', delimiter, quote, header: false, skipRecords: 0, comment: '' },
          });
          expectAccounted(prepared);
          // A record whose only field is empty is a blank line, counted apart; a file of those is refused.
          const kept = rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
          expect(prepared.report.refused, englishText(prepared.report.reason)).toBe(kept.length === 0);
          if (kept.length) expect(recordsOf(prepared)).toEqual(kept);
        },
      ),
      settings(),
    );
  });

  it('give the same records, rejects and counts whatever the chunk size (1 byte … whole)', PROPERTY, async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, dialectArb, fc.integer({ min: 1, max: 64 }), async ({ header, rows }, d, chunkSize) => {
        const bytes = encode(writeCsv(header, rows, d), d);
        const whole = await prepareIngest({ fileName: 'chunks.csv', bytes, kind: 'table' });
        for (const size of [1, chunkSize, bytes.length]) {
          const chunked = await prepareIngest({ fileName: 'chunks.csv', bytes, kind: 'table', chunkSize: size });
          expect(chunked.csv).toBe(whole.csv);
          expect(chunked.report.rejects).toEqual(whole.report.rejects);
          expect([chunked.report.rowsRead, chunked.report.blankLines, chunked.report.lines]).toEqual([
            whole.report.rowsRead,
            whole.report.blankLines,
            whole.report.lines,
          ]);
        }
      }),
      settings(0.5),
    );
  });
});

// --- Typed values: dates and amounts ----------------------------------------------------------

interface NumberStyle {
  decimal: '.' | ',';
  thousands: '' | ',' | '.' | ' ' | '\u00a0' | "'";
}

/**
 * The number formats the ingest reads (docs/ingest.md, "Values"): `1,234.56`, `1 234.56`, `1'234.56`,
 * `1 234,56`, `1.234,56`, plain `1234.56` / `1234,56`; spaces may be no-break spaces.
 * (`1'234,56` is not one of them: its rows are rejected with a reason, not misread.)
 */
const numberStyleArb: fc.Arbitrary<NumberStyle> = fc.constantFrom<NumberStyle>(
  { decimal: '.', thousands: '' },
  { decimal: '.', thousands: ',' },
  { decimal: '.', thousands: ' ' },
  { decimal: '.', thousands: '\u00a0' },
  { decimal: '.', thousands: "'" },
  { decimal: ',', thousands: '' },
  { decimal: ',', thousands: ' ' },
  { decimal: ',', thousands: '\u00a0' },
  { decimal: ',', thousands: '.' },
);

/** An amount in cents, written with two decimals the way an export writes it. */
function formatAmount(cents: number, style: NumberStyle): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  return `${sign}${units}${style.decimal}${String(abs % 100).padStart(2, '0')}`;
}

function canonicalAmount(cents: number): string {
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
}

function formatDate(iso: string, format: DateFormat): string {
  const [y, m, d] = iso.split('-');
  switch (format) {
    case 'yyyy-mm-dd':
      return iso;
    case 'dd/mm/yyyy':
      return `${d}/${m}/${y}`;
    case 'mm/dd/yyyy':
      return `${m}/${d}/${y}`;
    case 'dd-mm-yyyy':
      return `${d}-${m}-${y}`;
    case 'dd.mm.yyyy':
      return `${d}.${m}.${y}`;
  }
}

const dayArb = fc
  .date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2023-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const salesRowArb = fc.record({
  date: dayArb,
  channel: fc.constantFrom('web', 'voice', 'partner'),
  cents: fc.integer({ min: -5_000_000, max: 2_000_000_000 }),
  orders: fc.integer({ min: 0, max: 100_000 }),
});

describe('typed values in random formats', () => {
  it('come back as the same ISO dates and exact amounts (the open date question answered as the analyst would)', PROPERTY, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(salesRowArb, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...DATE_FORMATS),
        numberStyleArb,
        dialectArb,
        async (rows, dateFormat, style, d) => {
          const header = ['Date', 'Enseigne', 'Canal', 'Commandes', 'CA TTC'];
          const body = rows.map((r) => [formatDate(r.date, dateFormat), 'Carrefour', r.channel, String(r.orders), formatAmount(r.cents, style)]);
          const bytes = encode(writeCsv(header, body, d), d);
          const request: IngestRequest = { fileName: 'ventes.csv', bytes, kind: 'sales' };
          let prepared = await prepareIngest(request);
          expectAccounted(prepared);
          const question = prepared.report.questions[0];
          if (question) {
            expect(question.choices).toContain(dateFormat);
            prepared = await prepareIngest({ ...request, formats: { date: dateFormat } });
          }
          const r = prepared.report;
          expect(r.refused, englishText(r.reason)).toBe(false);
          expect([r.rowsLoaded, r.rowsRejected], JSON.stringify(r.rejects.slice(0, 3))).toEqual([rows.length, 0]);
          const loaded = prepared.csv
            .trim()
            .split('\n')
            .slice(1)
            .map((line) => line.split(','));
          // Canonical sales columns: date, retailer, channel, platform, region, category, orders, revenue_eur, …
          expect(loaded.map((f) => f[0])).toEqual(rows.map((x) => x.date));
          expect(loaded.map((f) => f[6])).toEqual(rows.map((x) => String(x.orders)));
          expect(loaded.map((f) => f[7])).toEqual(rows.map((x) => canonicalAmount(x.cents)));
        },
      ),
      settings(),
    );
  });
});

// --- Hostile bytes ---------------------------------------------------------------------------

const validCsvArb = fc.tuple(tableArb, dialectArb).map(([{ header, rows }, d]) => encode(writeCsv(header, rows, d), d));
/** A valid file with random bytes written over it, inserted into it, or cut off. */
const mutatedArb = fc
  .tuple(validCsvArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'cut')), { maxLength: 6 }))
  .map(([bytes, edits]) => {
    let out = [...bytes];
    for (const [at, byte, how] of edits) {
      const i = out.length ? at % out.length : 0;
      if (how === 'set') out[i] = byte;
      else if (how === 'insert') out.splice(i, 0, byte);
      else out = out.slice(0, i);
    }
    return Uint8Array.from(out);
  });
const bytesArb = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  mutatedArb,
  // Quote, delimiter and line-break soup: what breaks CSV parsers.
  fc.array(fc.constantFrom(...'"\',;\t|\r\n\u0000a1 é#='), { maxLength: 300 }).map((cs) => new TextEncoder().encode(cs.join(''))),
);

describe('arbitrary bytes', () => {
  it('never throw: refused with a reason, or every row loaded or rejected (any kind, any chunk size)', PROPERTY, async () => {
    await fc.assert(
      fc.asyncProperty(
        bytesArb,
        fc.constantFrom(...INGEST_KINDS),
        fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
        async (bytes, kind, chunkSize) => {
          const prepared = await prepareIngest({ fileName: 'hostile.csv', bytes, kind, ...(chunkSize ? { chunkSize } : {}) });
          expectAccounted(prepared);
          if (prepared.report.refused) expect(englishText(prepared.report.reason)).toContain('hostile.csv');
        },
      ),
      settings(2.5),
    );
  });
});

// --- Regressions found by the properties above ---------------------------------------------------

interface Regression {
  name: string;
  /** What went wrong before the fix. */
  found: string;
  fileName: string;
  /** The file's bytes as text (JSON escapes), or as base64 when `base64` is true. */
  content: string;
  base64?: boolean;
  request?: Omit<IngestRequest, 'fileName' | 'bytes'>;
  expect: {
    refused?: boolean;
    rowsRead?: number;
    rowsLoaded?: number;
    rowsRejected?: number;
    headers?: string[];
    records?: string[][];
    delimiter?: string;
    encoding?: string;
  };
}

const REGRESSIONS = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/fuzz-regressions.json'), 'utf8')) as Regression[];

describe('fuzz regressions', () => {
  it.each(REGRESSIONS.map((r) => [r.name, r] as const))('%s', async (_name, regression) => {
    const bytes = regression.base64 ? new Uint8Array(Buffer.from(regression.content, 'base64')) : new TextEncoder().encode(regression.content);
    const prepared = await prepareIngest({ fileName: regression.fileName, bytes, ...regression.request });
    expectAccounted(prepared);
    const { records, delimiter, encoding, ...counts } = regression.expect;
    expect(prepared.report).toMatchObject(counts);
    if (records) expect(prepared.preview).toEqual(records);
    if (delimiter) expect(prepared.report.settings.delimiter).toBe(delimiter);
    if (encoding) expect(prepared.report.settings.encoding).toBe(encoding);
  });
});
