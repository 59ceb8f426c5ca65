// The two pieces of the fast ingest path that decide in bulk what the exact path decides cell by
// cell or record by record (fast-check, fixed seed, bounded runs):
// - number shape classes: every member of a class reads (or fails) like the class's
//   representative under every candidate format, so counting classes in SQL decides the same
//   format as detectNumberFormat() over every cell;
// - the byte scan counts the records PapaParse reads on regular files, and calls every other
//   file irregular (then the exact path reads it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvSettings } from '../../src/ingest/csv-settings';
import { decideNumberFormat, numberClassOf, type NumberClass } from '../../src/ingest/number-classes';
import { detectNumberFormat, NUMBER_FORMATS, parseNumber } from '../../src/ingest/numbers';
import { readRecords } from '../../src/ingest/record-reader';
import { scanRecords } from '../../src/ingest/record-scan';

const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.CIBLE_FUZZ_RUNS ?? 120);

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const sign = fc.constantFrom('', '-');
/** Number-like cells: the shaped classes and their near misses (signs, spaces, currencies, groups). */
const numberCellArb = fc.oneof(
  fc.tuple(sign, digits(1, 17)).map(([s, d]) => s + d),
  fc.tuple(sign, digits(1, 4), fc.constantFrom('.', ','), digits(1, 5)).map(([s, a, p, b]) => s + a + p + b),
  fc.tuple(sign, digits(1, 16), fc.constantFrom('.', ','), digits(1, 16)).map(([s, a, p, b]) => s + a + p + b),
  fc.tuple(digits(1, 3), fc.constantFrom('.', ',', ' ', '\u202f'), digits(3, 3), fc.constantFrom('.', ','), digits(1, 2)).map((p) => p.join('')),
  fc.tuple(fc.constantFrom(' ', '(', '+', '€', ''), digits(0, 4), fc.constantFrom('', '.', ',', '-', ' ', ')', ' €', 'x'), digits(0, 3)).map((p) => p.join('')),
  fc.constantFrom('', ' ', '-', '.5', '5.', '-0', '0,000', '1.234.567', '1,234,567.89'),
);

describe('number shape classes', () => {
  it('every member of a class parses like its representative under every format', () => {
    fc.assert(
      fc.property(numberCellArb, (raw) => {
        const k = numberClassOf(raw);
        if (k === 0 || k === 9) return;
        const representative = { 1: '0', 2: '0.000', 3: '0.00', 4: '0,000', 5: '0,00' }[k];
        for (const format of NUMBER_FORMATS)
          expect(parseNumber(raw, format).ok, `${raw} under ${JSON.stringify(format)}`).toBe(parseNumber(representative, format).ok);
      }),
      { seed: SEED, numRuns: RUNS * 20 },
    );
  });

  it('decide the same format as detectNumberFormat over every cell', () => {
    fc.assert(
      fc.property(fc.array(numberCellArb, { maxLength: 30 }), fc.constantFrom('.' as const, ',' as const), (cells, prefer) => {
        const present = [...new Set(cells.map(numberClassOf))];
        const others = [
          ...new Set(
            cells
              .filter((c) => numberClassOf(c) === 9)
              .map((c) => c.trim())
              .filter((c) => c !== ''),
          ),
        ];
        const perClass: Partial<Record<NumberClass, number>> = {};
        for (const k of present) perClass[k] = new Set(cells.filter((c) => numberClassOf(c) === k)).size;
        const also = new Set(others.filter((v) => cells.some((c) => c === v && numberClassOf(c) !== 9)));
        let decision = decideNumberFormat({ present, others }, prefer);
        if (!('format' in decision)) decision = decideNumberFormat({ present, others, counts: { perClass, othersAlsoInClasses: also } }, prefer);
        expect('format' in decision && decision.format).toEqual(detectNumberFormat(cells, prefer).format);
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });
});

const SETTINGS: CsvSettings = { encoding: 'utf-8', delimiter: ',', quote: '"', header: true, skipRecords: 0, comment: '' };

/** Records as PapaParse reads them (the exact path's reader), and the lines it counts. */
function papaRecords(text: string, settings: CsvSettings) {
  const records: string[][] = [];
  let odd = false;
  const summary = readRecords(text, settings, (event) => {
    if (event.type === 'record') records.push(event.record.fields);
    else odd = true;
  });
  return { records, odd, lines: summary.lines, fatal: summary.fatal };
}

const fieldArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', '€', ' ', '1', '.', '\t', '😀'), maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('a', ',', ';', '"', ' ', '\n', '\r'), maxLength: 5 }).map((v) => `"${v.replaceAll('"', '""')}"`),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' '), maxLength: 4 }),
);

describe('record scan', () => {
  it('counts what PapaParse reads on every file it calls regular', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fieldArb, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.constantFrom(',', ';'),
        (rows, newline, last, delimiter) => {
          const text = rows.map((r) => r.join(delimiter)).join(newline) + (last ? newline : '');
          const scan = scanRecords(new TextEncoder().encode(text), delimiter, '"');
          if (scan.irregular) return;
          const papa = papaRecords(text, { ...SETTINGS, delimiter });
          expect(papa.odd).toBe(false);
          expect(papa.fatal).toBeNull();
          expect(scan.lines).toBe(papa.records.length);
          expect(scan.lines).toBe(papa.lines);
          for (const record of papa.records) expect(record).toHaveLength(scan.fields);
        },
      ),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  });

  it('calls odd files irregular', () => {
    const irregular = (text: string) => scanRecords(new TextEncoder().encode(text), ',', '"').irregular;
    expect(irregular('a,b\n1,2\n')).toBeNull();
    expect(irregular('a,b\r\n1,"x ""y"""\r\n')).toBeNull();
    expect(irregular('a,b\n1,"two\nlines"\n')).toMatch(/spans lines/);
    expect(irregular('a,b\n1,2,3\n')).toMatch(/3 fields/);
    expect(irregular('a,b\n\n1,2\n')).toMatch(/fields/);
    expect(irregular('a,b\n1,x"y\n')).toMatch(/quote inside/);
    expect(irregular('a,b\n1,"x"y\n')).toMatch(/after a closing quote/);
    expect(irregular('a,b\n1,"x\n')).toMatch(/spans lines|never closed/);
    expect(irregular('a,b\r\n1,2\n')).toMatch(/mixed/);
    expect(irregular('a,b\r1,2\r')).toMatch(/carriage return/);
    expect(irregular('a,b\n1,\u0000\n')).toMatch(/NUL/);
    expect(scanRecords(new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xe9, 0x0a]), ',', '"')).toMatchObject({ irregular: null, utf8: false, lines: 2 });
  });
});
