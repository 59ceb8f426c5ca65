// Machine-readable expectations for every file of the shared CSV corpus (shared/csv-corpus).
//
// test/fixtures/csv-corpus-expected.tsv has one line per MANIFEST.tsv entry (same order):
//   records=N    the file holds N non-blank, non-comment records, header (and preamble) included
//   refuse       the source says the file must be rejected (a refusal or rejected rows both satisfy it)
//   any          no count stated (fuzz inputs, "not stated", config-dependent cases): no crash, counts reconcile
//   skip-oracle  an oracle/spec file (expected JSON, FastCSV YAML), not a CSV input itself
// test/fixtures/fastcsv-spec-cases.json holds the CSV inputs extracted from fastcsv/spec/*.yaml
// (FastCSV markers expanded: ␊ ␍ ␤ to LF, CR, CRLF; ⏎ to one case per LF / CRLF / CR).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from './shared-dir';

export const CORPUS_DIR: string = path.join(SHARED_DIR, 'csv-corpus');
const EXPECTED_TSV = path.resolve(import.meta.dirname, '../fixtures/csv-corpus-expected.tsv');
const FASTCSV_SPEC_JSON = path.resolve(import.meta.dirname, '../fixtures/fastcsv-spec-cases.json');

export type CorpusExpectation = { kind: 'records'; records: number } | { kind: 'refuse' } | { kind: 'any' } | { kind: 'skip-oracle' };

export interface CorpusCase {
  /** File path relative to CORPUS_DIR, or 'fastcsv/spec/<spec>.yaml#<case name>'. */
  id: string;
  bytes: Uint8Array;
  expect: CorpusExpectation;
  why: string;
  category: string;
}

export interface ManifestEntry {
  file: string;
  category: string;
}

export interface ExpectationRow {
  file: string;
  expect: CorpusExpectation;
  why: string;
}

export interface FastCsvSpecCase {
  spec: string;
  name: string;
  input: string;
  expect: CorpusExpectation;
  why: string;
}

/** Parses an `expect` cell; throws on anything but the four documented forms. */
export function parseExpectation(text: string): CorpusExpectation {
  const m = /^records=(\d+)$/.exec(text);
  if (m) {
    const records = Number(m[1]);
    if (!Number.isSafeInteger(records) || records < 1) throw new Error(`records=N must be a positive integer, got "${text}"`);
    return { kind: 'records', records };
  }
  if (text === 'refuse' || text === 'any' || text === 'skip-oracle') return { kind: text };
  throw new Error(`unknown expectation "${text}"`);
}

/** Lines of a LF- (or CRLF-) separated text file, without the trailing empty line. */
function lines(text: string): string[] {
  const out = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** Reads a tab-separated file with a header row into records keyed by header name. */
function readTsv(file: string, required: readonly string[]): Record<string, string>[] {
  const [head, ...body] = lines(readFileSync(file, 'utf8'));
  if (head === undefined) throw new Error(`${file} is empty`);
  const columns = head.split('\t');
  for (const name of required) if (!columns.includes(name)) throw new Error(`${file}: missing column "${name}"`);
  return body.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) throw new Error(`${file} line ${i + 2}: ${cells.length} cells, ${columns.length} expected`);
    return Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? '']));
  });
}

/** The corpus manifest, in file order. */
export function readManifest(): ManifestEntry[] {
  return readTsv(path.join(CORPUS_DIR, 'MANIFEST.tsv'), ['file', 'category']).map((r) => ({ file: r.file ?? '', category: r.category ?? '' }));
}

/** test/fixtures/csv-corpus-expected.tsv, in file order (the expect column parsed). */
export function readExpectationTable(): ExpectationRow[] {
  return readTsv(EXPECTED_TSV, ['file', 'expect', 'why']).map((r, i) => {
    try {
      return { file: r.file ?? '', expect: parseExpectation(r.expect ?? ''), why: r.why ?? '' };
    } catch (error) {
      throw new Error(`csv-corpus-expected.tsv line ${i + 2} (${r.file}): ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** test/fixtures/fastcsv-spec-cases.json, validated. */
export function readFastCsvSpecCases(): FastCsvSpecCase[] {
  const raw: unknown = JSON.parse(readFileSync(FASTCSV_SPEC_JSON, 'utf8'));
  if (!Array.isArray(raw)) throw new Error('fastcsv-spec-cases.json: not an array');
  return raw.map((item: unknown, i) => {
    const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { spec, name, input, expect, why } = o;
    if (typeof spec !== 'string' || typeof name !== 'string' || typeof input !== 'string' || typeof expect !== 'string' || typeof why !== 'string') {
      throw new Error(`fastcsv-spec-cases.json[${i}]: spec, name, input, expect and why must all be strings`);
    }
    const parsed = parseExpectation(expect);
    if (parsed.kind === 'skip-oracle') throw new Error(`fastcsv-spec-cases.json[${i}] (${name}): skip-oracle is not valid for a spec case`);
    return { spec, name, input, expect: parsed, why };
  });
}

/**
 * Every CSV input of the corpus with its expectation: the MANIFEST files (oracle/spec files left out)
 * followed by the FastCSV spec cases. Throws if the expectation table and the manifest disagree.
 */
export function loadCorpusCases(): CorpusCase[] {
  const manifest = readManifest();
  const table = readExpectationTable();
  const manifestFiles = manifest.map((m) => m.file);
  const tableFiles = table.map((t) => t.file);
  if (new Set(manifestFiles).size !== manifestFiles.length) throw new Error('MANIFEST.tsv lists a file twice');
  const missing = manifestFiles.filter((f) => !tableFiles.includes(f));
  const extra = tableFiles.filter((f) => !manifestFiles.includes(f));
  const misordered = manifestFiles.length === tableFiles.length && manifestFiles.some((f, i) => tableFiles[i] !== f);
  if (missing.length > 0 || extra.length > 0 || manifestFiles.length !== tableFiles.length || misordered) {
    throw new Error(
      `csv-corpus-expected.tsv does not match MANIFEST.tsv (${tableFiles.length} vs ${manifestFiles.length} lines)` +
        (missing.length > 0 ? `; missing: ${missing.join(', ')}` : '') +
        (extra.length > 0 ? `; not in the manifest: ${extra.join(', ')}` : '') +
        (misordered ? '; same files, different order' : ''),
    );
  }

  const cases: CorpusCase[] = [];
  const categoryOf = new Map(manifest.map((m) => [m.file, m.category]));
  table.forEach((row) => {
    if (row.expect.kind === 'skip-oracle') return;
    const bytes = new Uint8Array(readFileSync(path.join(CORPUS_DIR, row.file)));
    cases.push({ id: row.file, bytes, expect: row.expect, why: row.why, category: categoryOf.get(row.file) ?? '' });
  });

  const encoder = new TextEncoder();
  const seen = new Set<string>();
  for (const c of readFastCsvSpecCases()) {
    const spec = table.find((t) => t.file === c.spec);
    if (spec?.expect.kind !== 'skip-oracle') throw new Error(`fastcsv-spec-cases.json: ${c.spec} is not a skip-oracle manifest entry`);
    const id = `${c.spec}#${c.name}`;
    if (seen.has(id)) throw new Error(`fastcsv-spec-cases.json: duplicate case ${id}`);
    seen.add(id);
    cases.push({ id, bytes: encoder.encode(c.input), expect: c.expect, why: c.why, category: categoryOf.get(c.spec) ?? '' });
  }
  return cases;
}
