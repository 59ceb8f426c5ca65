// Every file of shared/csv-corpus through the same ingest path as the browser (kind `table`):
// it loads with the counts its source states, or is refused with a message naming the problem.
// Zero crashes, zero hangs, and every record either loaded or reported (the counts reconcile,
// and DuckDB holds what validation accepted). Writes the ingest part of the reliability figures.
import { describe, expect, it } from 'vitest';
import { englishText, renderMessage } from '../../src/i18n/message';
import { fr } from '../../src/i18n/messages-fr';
import { useNodeEngine } from '../support/node-engine';
import { corpusFigures, KNOWN_MISMATCHES, runCorpus, type CorpusResult } from '../support/corpus-run';
import { writeFigures } from '../support/reliability-figures';

describe('the shared CSV corpus', () => {
  const engine = useNodeEngine();
  let results: CorpusResult[] = [];

  it('loads each file as stated or refuses it clearly; nothing crashes, nothing is lost unreported', { timeout: 600_000 }, async () => {
    results = await runCorpus(engine);
    const count = (o: CorpusResult['outcome']) => results.filter((r) => r.outcome === o).length;
    const mismatched = results.filter((r) => r.outcome === 'mismatched');
    const figures = corpusFigures(results);
    console.log(
      `csv-corpus: ${results.length} files tried, ${count('matching')} matching the manifest, ${count('refused clearly')} refused clearly (not stated), ${mismatched.length} mismatched; ` +
        `${figures.refusedClearly} refused clearly in all, ${figures.crashes} crashes, ${figures.rowsLost} rows lost` +
        mismatched.map((m) => `\n  mismatch ${m.id}: ${m.detail}`).join(''),
    );
    writeFigures('ingest', figures);
    expect(results.filter((r) => r.crashed || r.rowsLost > 0).map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
    expect(mismatched.map((m) => m.id).sort()).toEqual(Object.keys(KNOWN_MISMATCHES).sort());
    // Most files must load as stated: a parser that refused everything would not get here.
    expect(count('matching')).toBeGreaterThanOrEqual(360);
  });

  it('has every message it wrote for these files in French too (the Data page renders their codes)', () => {
    expect(results.length).toBeGreaterThan(0);
    const untranslated = results
      .flatMap((r) => r.messages)
      .filter((m) => renderMessage(fr, m) === englishText(m))
      .map(englishText);
    expect(untranslated).toEqual([]);
  });
});
