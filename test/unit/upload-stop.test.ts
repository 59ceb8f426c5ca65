import { describe, expect, it } from 'vitest';
import { englishText } from '../../src/i18n/message';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { uploadStop } from '../../src/session/upload-stop';

const encode = (text: string) => new TextEncoder().encode(text);
const report = async (fileName: string, text: string) =>
  (await prepareIngest({ fileName, bytes: encode(text), kind: 'sales', formats: { date: 'dd/mm/yyyy' } })).report;

describe('an upload stops before anything is written', () => {
  it('when a file is refused: every file is then reported as not loaded, and forcing does not help', async () => {
    const good = await report('good.csv', 'Date,CA\n01/01/2022,1\n');
    const bad = await report('bad.csv', 'Date,CA\n01/01/2022,"1\n');
    for (const force of [false, true]) {
      const stop = uploadStop([good, bad], force);
      expect(stop?.canForce).toBeUndefined();
      expect(stop?.reports.every((r) => r.rowsLoaded === 0)).toBe(true);
    }
  });

  it('when most rows of a file would be rejected, unless the analyst loads it anyway', async () => {
    // US dates read day-first: every date with a day above 12 fails.
    const us = await report('us.csv', `Date,Channel,Sales\n${Array.from({ length: 20 }, (_, i) => `${(i % 12) + 1}/${i + 10}/2022,web,10`).join('\n')}\n`);
    const stop = uploadStop([us], false);
    expect(stop?.canForce).toBe(true);
    expect(englishText(stop!.message)).toMatch(/^us\.csv: \d+ of 20 rows/);
    expect(uploadStop([us], true)).toBeNull();
  });

  it('not for clean files', async () => {
    expect(uploadStop([await report('ok.csv', 'Date,CA\n01/01/2022,1\n02/01/2022,2\n')], false)).toBeNull();
  });
});
