// The expectation table for shared/csv-corpus stays in step with the corpus MANIFEST.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusCases, parseExpectation, readExpectationTable, readFastCsvSpecCases, readManifest } from '../support/corpus-expectations';

const TSV = path.resolve(import.meta.dirname, '../fixtures/csv-corpus-expected.tsv');

// What the table achieves today (219 manifest files + 32 FastCSV spec cases with a count);
// a lower number means counts were dropped to `any` and should be looked at.
const MIN_MANIFEST_RECORDS = 219;
const MIN_CASES_WITH_RECORDS = 251;

describe('csv-corpus-expected.tsv', () => {
  const manifest = readManifest();
  const table = readExpectationTable();

  it('has one line per MANIFEST entry, same files in the same order', () => {
    expect(manifest.length).toBe(350);
    expect(table.map((r) => r.file)).toEqual(manifest.map((m) => m.file));
    expect(new Set(table.map((r) => r.file)).size).toBe(table.length);
  });

  it('has a header and three non-empty cells per line, with a short reason', () => {
    const [head, ...body] = readFileSync(TSV, 'utf8').replace(/\n$/, '').split('\n');
    expect(head).toBe('file\texpect\twhy');
    for (const line of body) {
      const cells = line.split('\t');
      expect(cells, line).toHaveLength(3);
      expect(
        cells.every((c) => c.trim() !== ''),
        line,
      ).toBe(true);
      expect([...(cells[2] ?? '')].length, line).toBeLessThanOrEqual(120);
      expect(cells[1], line).toMatch(/^(records=[1-9]\d*|refuse|any|skip-oracle)$/);
    }
  });

  it('only gives positive integer counts', () => {
    for (const row of table) {
      if (row.expect.kind === 'records') {
        expect(Number.isInteger(row.expect.records), row.file).toBe(true);
        expect(row.expect.records, row.file).toBeGreaterThan(0);
      }
    }
  });

  it('marks exactly the oracle and spec files as skip-oracle', () => {
    const oracles = table.filter((r) => r.expect.kind === 'skip-oracle').map((r) => r.file);
    expect(oracles.every((f) => /^csv-spectrum\/json\/.+\.json$|^papaparse\/inline\/EXPECTED\.json$|^fastcsv\/spec\/.+\.yaml$/.test(f))).toBe(true);
    expect(oracles).toHaveLength(28);
  });

  it(`states a record count for at least ${MIN_MANIFEST_RECORDS} manifest files`, () => {
    expect(table.filter((r) => r.expect.kind === 'records').length).toBeGreaterThanOrEqual(MIN_MANIFEST_RECORDS);
  });
});

describe('parseExpectation()', () => {
  it('reads the four forms', () => {
    expect(parseExpectation('records=12')).toEqual({ kind: 'records', records: 12 });
    expect(parseExpectation('refuse')).toEqual({ kind: 'refuse' });
    expect(parseExpectation('any')).toEqual({ kind: 'any' });
    expect(parseExpectation('skip-oracle')).toEqual({ kind: 'skip-oracle' });
  });

  it.each(['records=0', 'records=-1', 'records=1.5', 'records=', 'Records=2', 'reject', ''])('refuses %j', (text) => {
    expect(() => parseExpectation(text)).toThrow();
  });
});

describe('fastcsv-spec-cases.json', () => {
  const specCases = readFastCsvSpecCases();

  it('has real line breaks, no FastCSV marker characters left', () => {
    expect(specCases.length).toBeGreaterThan(0);
    for (const c of specCases) expect(c.input, c.name).not.toMatch(/[␊␍␤⏎␠]/);
    expect(specCases.find((c) => c.name === 'line-breaks-1')?.input).toBe('A\r\nB');
  });

  it('comes from the spec files of the manifest', () => {
    const specs = new Set(
      readManifest()
        .filter((m) => m.file.startsWith('fastcsv/spec/'))
        .map((m) => m.file),
    );
    for (const c of specCases) expect(specs.has(c.spec), c.spec).toBe(true);
  });
});

describe('loadCorpusCases()', () => {
  const cases = loadCorpusCases();

  it('yields every non-oracle manifest file plus every FastCSV spec case, each once', () => {
    const table = readExpectationTable();
    const inputs = table.filter((r) => r.expect.kind !== 'skip-oracle').length;
    expect(cases).toHaveLength(inputs + readFastCsvSpecCases().length);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.some((c) => c.expect.kind === 'skip-oracle')).toBe(false);
    expect(cases.every((c) => c.category !== '' && c.why !== '')).toBe(true);
  });

  it('reads the bytes of each file', () => {
    const simple = cases.find((c) => c.id === 'csv-spectrum/csvs/simple.csv');
    expect(new TextDecoder().decode(simple?.bytes)).toBe('a,b,c\n1,2,3\n');
    expect(cases.find((c) => c.id === 'duckdb/empty.csv')?.bytes.length).toBe(0);
  });

  it(`states a record count for at least ${MIN_CASES_WITH_RECORDS} cases`, () => {
    expect(cases.filter((c) => c.expect.kind === 'records').length).toBeGreaterThanOrEqual(MIN_CASES_WITH_RECORDS);
  });
});
