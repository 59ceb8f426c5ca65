// Global setup of the end-to-end project: forgets the browser figures of an earlier run, and after
// every e2e file has run prints the reliability figures line and fails the run unless crashes,
// rows lost, canaries fired and requests leaked are all zero (see test/support/reliability-figures.ts).
import { createNodeEngine } from '../../src/engine/node-engine';
import { corpusFigures, runCorpus } from '../support/corpus-run';
import { clearBrowserFigures, nonZeroFigures, readBrowserFigures, readIngestFigures, reliabilityLine, writeFigures } from '../support/reliability-figures';

export function setup(): () => Promise<void> {
  clearBrowserFigures();
  return async () => {
    const browser = readBrowserFigures();
    // Only runs that planted canaries or killed engines count; a partial e2e run prints nothing.
    if (!browser['hostile-input']) return;
    let ingest = readIngestFigures();
    if (!ingest) {
      // The integration run (npm test runs it first) writes this part; alone, e2e computes it.
      const engine = await createNodeEngine();
      try {
        ingest = corpusFigures(await runCorpus(engine));
        writeFigures('ingest', ingest);
      } finally {
        await engine.close();
      }
    }
    const parts = Object.values(browser);
    console.log(
      `\n${reliabilityLine(ingest, parts)}\n  (browser parts: ${Object.entries(browser)
        .map(([name, b]) => `${name} ${b.browsers} browsers`)
        .join(', ')})`,
    );
    const wrong = nonZeroFigures(ingest, parts);
    if (wrong.length) throw new Error(`Reliability figures that must be zero are not: ${wrong.join(', ')}`);
  };
}
