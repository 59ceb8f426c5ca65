import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { loadPreparedDataset } from '../../src/ingest/load-ingest';
import { typedFeeCsv, typedGoalCsv } from '../../src/ingest/typed-rows';
import { commissionByPlatformQuery, readCommissionByPlatform } from '../../src/queries/commission-by-platform';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine();
const encode = (text: string) => new TextEncoder().encode(text);

describe('a goal and a rate typed on the page, loaded with an upload of sales alone', () => {
  it('the typed rate fills in the commission of a platform no schedule knew, on both paths', async () => {
    const sales = await prepareIngest({
      fileName: 'sales.csv',
      bytes: readFileSync(new URL('../fixtures/sales-no-targets.csv', import.meta.url)),
      kind: 'sales',
    });
    const fee = await prepareIngest({
      fileName: 'fee.csv',
      bytes: encode(typedFeeCsv({ platform: 'Uber Eats', validFrom: '2023-01-15', ratePct: 12.5, label: 'typed', source: 'note' })),
      kind: 'fees',
    });
    const goal = await prepareIngest({
      fileName: 'goal.csv',
      bytes: encode(
        typedGoalCsv({
          retailer: 'Carrefour',
          amount: 1_500_000,
          periodStart: '2023-01-01',
          periodEnd: '2023-12-31',
          setOn: '2023-01-01',
          label: 'typed',
          source: 'note',
        }),
      ),
      kind: 'targets',
    });
    const counts = await loadPreparedDataset(engine, 'u_typed', [sales, fee, goal]);
    expect(counts).toMatchObject({ sales: 12, targets: 1, platform_fees: 1 });
    for (const source of ['raw', 'cube'] as const) {
      const q = commissionByPlatformQuery({ ...DEFAULT_FILTERS, dataset: 'u_typed', retailer: null, from: '2023-01-01', to: '2023-06-15' }, source);
      const rows = readCommissionByPlatform(await engine.query(q.sql, q.params));
      expect(rows.find((r) => r.platform === 'Uber Eats')?.commission, source).toBeCloseTo(72_000 * 0.125, 2);
    }
  });
});
