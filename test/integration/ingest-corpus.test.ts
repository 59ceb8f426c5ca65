// Every file of shared/csv-corpus through the same ingest path as the browser (kind `table`):
// it loads with the counts its source states, or is refused with a message naming the problem.
// Zero crashes, zero hangs, and every record either loaded or reported (the counts reconcile).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/engine/node-engine';
import type { Engine } from '../../src/engine/engine';
import { loadPlainTable } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { ingestTextFr } from '../../src/i18n/ingest-text-fr';
import { loadCorpusCases, type CorpusCase } from '../support/corpus-expectations';

type Outcome = 'matching' | 'refused clearly' | 'mismatched';

/**
 * Files where Cible knowingly differs from what the source expects, and why. The test fails if
 * this list is wrong in either direction, so fixing one means removing it here.
 */
const KNOWN_MISMATCHES: Record<string, string> = {
  // Plain ASCII apart from two 0xFF bytes on line 11: not UTF-8, so it is read as Windows-1252
  // (`ÿÿ`, shown in the preview with the encoding). A Latin-1 file would look exactly the same
  // byte-wise; telling them apart needs a language model of the text, which Cible does not have.
  'duckdb/test/invalid_utf_quoted.csv': 'read as Windows-1252 rather than rejected',
};

interface Result {
  id: string;
  outcome: Outcome;
  detail: string;
  /** Every message the ingest wrote for this file: refusal, reject reasons, warnings. */
  messages: string[];
}

async function tryCase(engine: Engine, c: CorpusCase): Promise<Result> {
  const fileName = c.id.split('/').pop()!.replace('#', '_');
  let prepared;
  try {
    prepared = await prepareIngest({ fileName, bytes: c.bytes, kind: 'table', tableName: 'corpus_case' });
    if (!prepared.report.refused) await loadPlainTable(engine, prepared);
  } catch (error) {
    return { id: c.id, outcome: 'mismatched', detail: `crashed: ${error instanceof Error ? error.message : String(error)}`, messages: [] };
  }
  const r = prepared.report;
  const messages = [...(r.reason ? [r.reason] : []), ...r.rejects.map((x) => x.reason), ...r.warnings];
  return { ...judge(c, r, fileName), messages };
}

function judge(c: CorpusCase, r: Awaited<ReturnType<typeof prepareIngest>>['report'], fileName: string): Omit<Result, 'messages'> {
  if (!r.refused && r.rowsRead !== r.rowsLoaded + r.rowsRejected) return { id: c.id, outcome: 'mismatched', detail: `counts do not reconcile: ${r.rowsRead} read, ${r.rowsLoaded} loaded, ${r.rowsRejected} rejected` };
  if (r.refused) {
    const clear = !!r.reason && r.reason.includes(fileName);
    if (!clear) return { id: c.id, outcome: 'mismatched', detail: `refused without a clear reason: ${r.reason}` };
    if (c.expect.kind === 'refuse') return { id: c.id, outcome: 'matching', detail: r.reason! };
    if (c.expect.kind === 'records') return { id: c.id, outcome: 'mismatched', detail: `refused (${r.reason}) but ${c.expect.records} records expected` };
    return { id: c.id, outcome: 'refused clearly', detail: r.reason! };
  }
  const records = r.rowsRead + r.headerLines + r.preambleLines;
  switch (c.expect.kind) {
    case 'records':
      return records === c.expect.records
        ? { id: c.id, outcome: 'matching', detail: `${records} records` }
        : { id: c.id, outcome: 'mismatched', detail: `${records} records (${r.headerLines} header, ${r.preambleLines} preamble, ${r.rowsRead} rows), ${c.expect.records} expected: ${c.why}` };
    case 'refuse':
      return r.rowsRejected > 0
        ? { id: c.id, outcome: 'matching', detail: `${r.rowsRejected} rows rejected: ${r.rejects[0]?.reason}` }
        : { id: c.id, outcome: 'mismatched', detail: `loaded ${r.rowsLoaded} rows without complaint; expected a refusal: ${c.why}` };
    default:
      return { id: c.id, outcome: 'matching', detail: `${records} records, no count stated` };
  }
}

describe('the shared CSV corpus', () => {
  let engine: Engine;
  const results: Result[] = [];

  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('loads each file as stated or refuses it clearly; nothing crashes, nothing is lost unreported', { timeout: 600_000 }, async () => {
    const cases = loadCorpusCases().filter((c) => c.expect.kind !== 'skip-oracle');
    for (const c of cases) results.push(await tryCase(engine, c));
    const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
    const mismatched = results.filter((r) => r.outcome === 'mismatched');
    console.log(
      `csv-corpus: ${results.length} files tried, ${count('matching')} matching the manifest, ${count('refused clearly')} refused clearly, ${mismatched.length} mismatched` +
        mismatched.map((m) => `\n  mismatch ${m.id}: ${m.detail}`).join(''),
    );
    expect(results.filter((r) => r.detail.startsWith('crashed') || r.detail.startsWith('counts do not reconcile'))).toEqual([]);
    expect(mismatched.map((m) => m.id).sort()).toEqual(Object.keys(KNOWN_MISMATCHES).sort());
    // Most files must load as stated: a parser that refused everything would not get here.
    expect(count('matching')).toBeGreaterThanOrEqual(360);
  });

  it('has every message it wrote for these files in French too (the Data page translates them)', () => {
    expect(results.length).toBeGreaterThan(0);
    const untranslated = [...new Set(results.flatMap((r) => r.messages))].filter((m) => ingestTextFr(m) === m);
    expect(untranslated).toEqual([]);
  });
});
