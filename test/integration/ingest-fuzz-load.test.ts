// Property test from the parsed records to DuckDB (fast-check, fixed seed, bounded runs): the
// normalised CSV the ingest writes is read back by DuckDB's own reader to exactly the values the
// file held (any Unicode, quotes, delimiters, line breaks, control characters), with the row
// count validation accepted. Real DuckDB-WASM in Node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textColumn } from '../../src/engine/engine';
import { unneutralise } from '../../src/export/csv-export';
import { loadPlainTable } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { useNodeEngine } from '../support/node-engine';

const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261129);
const RUNS = Math.max(1, Math.round(Number(process.env.CIBLE_FUZZ_RUNS ?? 120) / 3));

const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
/** Text a spreadsheet export may hold: any Unicode, and the characters CSV and DuckDB care about. */
const valueArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc
    .array(fc.constantFrom('"', "'", ',', ';', '\\', '\r', '\n', '\r\n', '\t', '\u0000', '\u0001', ' ', 'é', '€', '=', 'NULL', 'x', '0'), { maxLength: 8 })
    .map((cs) => cs.join('')),
);

describe('parsed records loaded into DuckDB', () => {
  const engine = useNodeEngine();

  it('come back from DuckDB as the same text values, every row counted', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(valueArb, valueArb), { minLength: 1, maxLength: 12 }), async (rows) => {
        // A first column of row numbers keeps the order checkable and the column types plain.
        const text = `n,a,b\n${rows.map(([a, b], i) => `${i},${quote(`t${a}`)},${quote(`t${b}`)}`).join('\n')}\n`;
        const prepared = await prepareIngest({
          fileName: 'fuzz.csv',
          bytes: new TextEncoder().encode(text),
          kind: 'table',
          tableName: 'fuzz_load',
          settings: { header: true, delimiter: ',', quote: '"', skipRecords: 0, comment: '' },
        });
        const r = prepared.report;
        expect(r.rowsRead).toBe(r.rowsLoaded + r.rowsRejected);
        if (r.refused) return;
        expect(await loadPlainTable(engine, prepared)).toBe(r.rowsLoaded);
        const result = await engine.query('SELECT n::VARCHAR AS n, a, b FROM fuzz_load ORDER BY n::BIGINT');
        const loaded = textColumn(result, 'n').map((n, i) => [Number(n), textColumn(result, 'a')[i], textColumn(result, 'b')[i]]);
        const expected = prepared.preview.map((f) => [Number(f[0]), unneutralise(f[1]!), unneutralise(f[2]!)]);
        expect(loaded).toEqual(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
