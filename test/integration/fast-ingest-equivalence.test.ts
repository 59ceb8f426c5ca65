// The fast ingest path (DuckDB's reader, values checked in SQL) against the exact path
// (PapaParse, every cell in JS), property-tested (fast-check, fixed seed, bounded runs) on real
// DuckDB-WASM in Node. The size threshold is lowered by the test-only option `fastMinBytes`, so
// small generated files take the fast path. For every file: the same report (counts, formats,
// rejects with line, column, value and reason, questions, warnings), the same preview, and the
// same canonical table loaded, row for row in file order. Files the fast path gives way on are
// still compared (the exact path answers both): the property is that which path ran never shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberColumn, textColumn } from '../../src/engine/engine';
import { prepareOnEngine } from '../../src/ingest/ingest-on-engine';
import type { IngestRequest } from '../../src/ingest/prepare-ingest';
import { loadPreparedDataset } from '../../src/ingest/load-ingest';
import { TABLE_COLUMNS } from '../../src/model/schema';
import { useNodeEngine } from '../support/node-engine';

const SEED = Number(process.env.CIBLE_FUZZ_SEED ?? 20261129);
const RUNS = Math.max(4, Math.round(Number(process.env.CIBLE_FUZZ_RUNS ?? 120) / 3));

interface Shape {
  delimiter: ',' | ';';
  newline: '\n' | '\r\n';
  bom: boolean;
  encoding: 'utf-8' | 'windows-1252';
  dateFormat: 'iso' | 'dmy' | 'mdy' | 'dot';
  decimal: '.' | ',';
  quoteAll: boolean;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const),
  newline: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8' as const, 'windows-1252' as const),
  dateFormat: fc.constantFrom('iso' as const, 'dmy' as const, 'mdy' as const, 'dot' as const),
  decimal: fc.constantFrom('.' as const, ',' as const),
  quoteAll: fc.boolean(),
});

interface Row {
  day: [number, number, number];
  retailer: string;
  channel: string;
  region: string;
  orders: string;
  revenue: number;
  commission: string;
  /** Replaces one cell by something odd: a value to reject, spaces to trim, another spelling. */
  oddity: null | { column: number; value: string };
}

const textArb = fc.constantFrom(
  'Carrefour',
  'Monoprix',
  'Intermarché',
  'E.Leclerc',
  'Auchan "Drive"',
  "L'Épicerie",
  'Coop, Nord',
  '=SUM(A1)',
  "'+33",
  '  spaced  ',
  '€uro',
  'Œuvre',
);
const rowArb: fc.Arbitrary<Row> = fc.record({
  day: fc.tuple(fc.integer({ min: 2017, max: 2024 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
  retailer: textArb,
  channel: fc.constantFrom('web', 'Web', 'voice', 'Vocal', 'partner', 'Marketplace', 'drive', 'phone', 'Teléphone'),
  region: fc.constantFrom('', 'Nord', 'Île-de-France', 'Sud, Est', 'Ouest'),
  orders: fc.oneof(fc.integer({ min: 0, max: 5000 }).map(String), fc.constantFrom('', '007', '-3')),
  revenue: fc.integer({ min: -1_000_000, max: 99_999_999_999 }),
  commission: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 99_999 }).map((n) => `${n}`),
    fc.constantFrom('12.5', '0.125', '1.000', '3,5'),
  ),
  oddity: fc.option(
    fc.record({
      column: fc.integer({ min: 0, max: 6 }),
      value: fc.constantFrom(
        '',
        ' ',
        'n/a',
        '31/02/2021',
        '2021-13-01',
        '12 345,50',
        '(12.00)',
        '1,234.5',
        '99999999999999999',
        '1e5',
        ' 42 ',
        '-',
        '133,55-',
        'EUR 12',
        '1.234,5',
        '0x10',
        'NULL',
        '"',
      ),
    }),
    { freq: 4 },
  ),
});

const pad = (n: number) => String(n).padStart(2, '0');
function dateText([y, m, d]: Row['day'], format: Shape['dateFormat']): string {
  if (format === 'iso') return `${y}-${pad(m)}-${pad(d)}`;
  if (format === 'dmy') return `${pad(d)}/${pad(m)}/${y}`;
  if (format === 'mdy') return `${m}/${d}/${y}`;
  return `${pad(d)}.${pad(m)}.${y}`;
}

function amount(cents: number, decimal: Shape['decimal']): string {
  const text = (cents / 100).toFixed(2);
  return decimal === ',' ? text.replace('.', ',') : text;
}

function cell(value: string, shape: Shape): string {
  const needs = value.includes(shape.delimiter) || value.includes('"') || value !== value.trim();
  return shape.quoteAll || needs ? `"${value.replaceAll('"', '""')}"` : value;
}

const CP1252: Record<string, number> = { '€': 0x80, Œ: 0x8c, é: 0xe9, É: 0xc9, Î: 0xce };
function encode(text: string, shape: Shape): Uint8Array {
  if (shape.encoding === 'windows-1252') {
    return Uint8Array.from([...text].map((c) => CP1252[c] ?? c.charCodeAt(0)));
  }
  const body = new TextEncoder().encode(text);
  return shape.bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}

function writeFile(rows: Row[], shape: Shape): Uint8Array {
  const header = ['Date', 'Enseigne', 'Canal', 'Région', 'Commandes', 'CA TTC (€)', 'Commission'];
  const lines = [header.map((h) => cell(h, shape)).join(shape.delimiter)];
  for (const row of rows) {
    const cells = [
      dateText(row.day, shape.dateFormat),
      row.retailer,
      row.channel,
      row.region,
      row.orders,
      amount(row.revenue, shape.decimal),
      shape.decimal === ',' ? row.commission.replace('.', ',') : row.commission,
    ];
    if (row.oddity) cells[row.oddity.column] = row.oddity.value;
    lines.push(cells.map((c) => cell(c, shape)).join(shape.delimiter));
  }
  return encode(lines.join(shape.newline) + shape.newline, shape);
}

const requestArb = fc.record({
  shape: shapeArb,
  rows: fc.array(rowArb, { minLength: 1, maxLength: 40 }),
  channels: fc.constantFrom<Record<string, string>>({}, { phone: 'voice', drive: 'partner' }, { Teléphone: 'voice' }),
  chosenDate: fc.constantFrom<'dd/mm/yyyy' | 'mm/dd/yyyy' | undefined>(undefined, undefined, 'dd/mm/yyyy', 'mm/dd/yyyy'),
});

describe('the fast ingest path', () => {
  const engine = useNodeEngine();

  async function salesRows(dataset: string): Promise<string[]> {
    const columns = Object.keys(TABLE_COLUMNS.sales);
    const result = await engine.query(`SELECT ${columns.map((c) => `${c}::VARCHAR AS ${c}`).join(', ')} FROM ds_${dataset}.sales`);
    return Array.from({ length: result.numRows }, (_, i) => columns.map((c) => textColumn(result, c)[i] ?? '∅').join('|'));
  }

  it('gives the exact path’s report, preview and table on every generated file', { timeout: 600_000 }, async () => {
    const paths: Record<string, number> = {};
    let run = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async ({ shape, rows, channels, chosenDate }) => {
        const request: IngestRequest = {
          fileName: 'ventes.csv',
          bytes: writeFile(rows, shape),
          profile: { channelValues: channels },
          ...(chosenDate ? { formats: { date: chosenDate } } : {}),
        };
        const exact = await prepareOnEngine(engine, request, { fast: false });
        const fast = await prepareOnEngine(engine, request, { fastMinBytes: 0 });
        paths[fast.path] = (paths[fast.path] ?? 0) + 1;
        expect(fast.prepared.report).toEqual(exact.prepared.report);
        expect(fast.prepared.preview).toEqual(exact.prepared.preview);
        const id = ++run;
        if (exact.prepared.report.refused) {
          expect(fast.prepared.staged).toBeUndefined();
          return;
        }
        // A value too large for its column passes validation and stops the load (both paths).
        const settle = (work: Promise<unknown>) =>
          work.then(
            (counts) => ({ counts }),
            () => ({ failed: true }),
          );
        const exactLoad = await settle(loadPreparedDataset(engine, `ex${id}`, [exact.prepared]));
        expect(await settle(loadPreparedDataset(engine, `fx${id}`, [fast.prepared]))).toEqual(exactLoad);
        if ('failed' in exactLoad) return;
        expect(await salesRows(`fx${id}`)).toEqual(await salesRows(`ex${id}`));
        await engine.exec(`DROP SCHEMA ds_fx${id} CASCADE; DROP SCHEMA ds_ex${id} CASCADE`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The comparison means something only if most files took the fast path.
    expect(paths.fast ?? 0).toBeGreaterThan(RUNS / 2);
    // Nothing of a fast ingest is left behind in DuckDB.
    const left = await engine.query(`SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE starts_with(table_name, '__cible_fast')`);
    expect(numberColumn(left, 'n')[0]).toBe(0);
  });

  it('gives way to the exact path on odd files, with the same result', { timeout: 120_000 }, async () => {
    const odd = [
      'Date,Enseigne,Canal,CA\n2021-01-02,Carrefour,web,"12\n5"\n2021-01-03,Monoprix,web,3\n',
      'Date,Enseigne,Canal,CA\n2021-01-02,Carrefour,web,12\n\n2021-01-03,Monoprix,web,3\n',
      'Date,Enseigne,Canal,CA\n2021-01-02,Carrefour,web,12,extra\n2021-01-03,Monoprix,web,3\n',
      '# export\nDate,Enseigne,Canal,CA\n2021-01-02,Carrefour,web,12\n',
    ];
    for (const text of odd) {
      const request: IngestRequest = { fileName: 'odd.csv', bytes: new TextEncoder().encode(text) };
      const exact = await prepareOnEngine(engine, request, { fast: false });
      const fast = await prepareOnEngine(engine, request, { fastMinBytes: 0 });
      expect(fast.path, text).toBe('exact');
      expect(fast.prepared.report).toEqual(exact.prepared.report);
    }
  });
});
