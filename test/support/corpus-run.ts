// Every file of shared/csv-corpus through the same ingest path as the browser (kind `table`),
// judged against what its source expects. Shared by the corpus test and the reliability figures.
import type { Engine } from '../../src/engine/engine';
import { englishText, type Message } from '../../src/i18n/message';
import { loadPlainTable } from '../../src/ingest/load-ingest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { loadCorpusCases, type CorpusCase } from './corpus-expectations';
import type { IngestFigures } from './reliability-figures';

export type Outcome = 'matching' | 'refused clearly' | 'mismatched';

/**
 * Files where Cible knowingly differs from what the source expects, and why. The corpus test
 * fails if this list is wrong in either direction, so fixing one means removing it here.
 */
export const KNOWN_MISMATCHES: Record<string, string> = {
  // Plain ASCII apart from two 0xFF bytes on line 11: not UTF-8, so it is read as Windows-1252
  // (`ÿÿ`, shown in the preview with the encoding). A Latin-1 file would look exactly the same
  // byte-wise; telling them apart needs a language model of the text, which Cible does not have.
  'duckdb/test/invalid_utf_quoted.csv': 'read as Windows-1252 rather than rejected',
};

export interface CorpusResult {
  id: string;
  outcome: Outcome;
  detail: string;
  /** Every message the ingest wrote for this file: refusal, reject reasons, warnings. */
  messages: Message[];
  /** The ingest or the load threw (outside the typed refusal path). */
  crashed: boolean;
  /** Refused as a whole, with a reason that names the file. */
  refusedClearly: boolean;
  /** Records neither loaded nor reported as rejected, or loaded by validation but not by DuckDB. */
  rowsLost: number;
}

type Report = Awaited<ReturnType<typeof prepareIngest>>['report'];

async function tryCase(engine: Engine, c: CorpusCase): Promise<CorpusResult> {
  const fileName = c.id.split('/').pop()!.replace('#', '_');
  let prepared;
  try {
    prepared = await prepareIngest({ fileName, bytes: c.bytes, kind: 'table', tableName: 'corpus_case' });
  } catch (error) {
    return {
      id: c.id,
      outcome: 'mismatched',
      detail: `crashed: ${error instanceof Error ? error.message : String(error)}`,
      messages: [],
      crashed: true,
      refusedClearly: false,
      rowsLost: 0,
    };
  }
  const r = prepared.report;
  let rowsLost = r.refused ? 0 : Math.abs(r.rowsRead - r.rowsLoaded - r.rowsRejected);
  if (!r.refused) {
    try {
      await loadPlainTable(engine, prepared);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const counts = /DuckDB loaded (\d+) rows of .* where validation accepted (\d+)/.exec(message);
      if (!counts)
        return { id: c.id, outcome: 'mismatched', detail: `crashed while loading: ${message}`, messages: [], crashed: true, refusedClearly: false, rowsLost };
      rowsLost += Math.abs(Number(counts[2]) - Number(counts[1]));
    }
  }
  const messages = [...(r.reason ? [r.reason] : []), ...r.rejects.map((x) => x.reason), ...r.warnings];
  const judged =
    rowsLost > 0
      ? { id: c.id, outcome: 'mismatched' as const, detail: `${rowsLost} rows lost: ${r.rowsRead} read, ${r.rowsLoaded} loaded, ${r.rowsRejected} rejected` }
      : judge(c, r, fileName);
  return { ...judged, messages, crashed: false, refusedClearly: r.refused && englishText(r.reason).includes(fileName), rowsLost };
}

function judge(c: CorpusCase, r: Report, fileName: string): Pick<CorpusResult, 'id' | 'outcome' | 'detail'> {
  if (r.refused) {
    const reason = englishText(r.reason);
    if (!reason.includes(fileName)) return { id: c.id, outcome: 'mismatched', detail: `refused without a clear reason: ${reason}` };
    if (c.expect.kind === 'refuse') return { id: c.id, outcome: 'matching', detail: reason };
    if (c.expect.kind === 'records') return { id: c.id, outcome: 'mismatched', detail: `refused (${reason}) but ${c.expect.records} records expected` };
    return { id: c.id, outcome: 'refused clearly', detail: reason };
  }
  const records = r.rowsRead + r.headerLines + r.preambleLines;
  switch (c.expect.kind) {
    case 'records':
      return records === c.expect.records
        ? { id: c.id, outcome: 'matching', detail: `${records} records` }
        : {
            id: c.id,
            outcome: 'mismatched',
            detail: `${records} records (${r.headerLines} header, ${r.preambleLines} preamble, ${r.rowsRead} rows), ${c.expect.records} expected: ${c.why}`,
          };
    case 'refuse':
      return r.rowsRejected > 0
        ? { id: c.id, outcome: 'matching', detail: `${r.rowsRejected} rows rejected: ${englishText(r.rejects[0]?.reason)}` }
        : { id: c.id, outcome: 'mismatched', detail: `loaded ${r.rowsLoaded} rows without complaint; expected a refusal: ${c.why}` };
    default:
      return { id: c.id, outcome: 'matching', detail: `${records} records, no count stated` };
  }
}

/** Runs every corpus file (oracle files aside) on `engine`, one after another. */
export async function runCorpus(engine: Engine): Promise<CorpusResult[]> {
  const results: CorpusResult[] = [];
  for (const c of loadCorpusCases().filter((x) => x.expect.kind !== 'skip-oracle')) results.push(await tryCase(engine, c));
  return results;
}

/** The corpus's part of the reliability figures: every refusal whose reason names the file counts. */
export function corpusFigures(results: readonly CorpusResult[]): IngestFigures {
  return {
    filesTried: results.length,
    refusedClearly: results.filter((r) => r.refusedClearly).length,
    crashes: results.filter((r) => r.crashed).length,
    rowsLost: results.reduce((sum, r) => sum + r.rowsLost, 0),
  };
}
