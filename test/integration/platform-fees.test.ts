import { beforeAll, describe, expect, it } from 'vitest';
import { sql, toQuery } from '../../src/engine/sql';
import { commissionByPlatformQuery, readCommissionByPlatform } from '../../src/queries/commission-by-platform';
import { feeSchedulesQuery, readFeeSchedules } from '../../src/queries/fee-schedules';
import { platformEconomicsQuery, readPlatformEconomics } from '../../src/queries/platform-economics';
import { salesWithCommission } from '../../src/queries/sales-with-commission';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { FEE_CASES, FEE_SCHEDULES, FEE_TOTALS } from '../support/fee-cases';
import { loadFeeCases } from '../support/fee-cases-table';
import { useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });
beforeAll(() => loadFeeCases(engine));

const filters = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, compare: [], ...patch });
const economics = async (f: Filters) => {
  const q = platformEconomicsQuery(f);
  return readPlatformEconomics(await engine.query(q.sql, q.params));
};

describe('salesWithCommission() applies the fee schedule in SQL like the TypeScript rule', () => {
  it.each(FEE_CASES)('$why', async ({ sale, commission, basis, scheduled }) => {
    const q = toQuery(sql`SELECT effective_commission_eur AS commission, commission_basis AS basis, scheduled_commission_eur AS scheduled
       FROM ${salesWithCommission('feecases')} s WHERE s.date = ${sale.date}::DATE AND s.platform = ${sale.platform}`);
    const result = await engine.query(q.sql, q.params);
    expect(result.numRows, 'one row per sale: overlapping schedule rows never duplicate a sale').toBe(1);
    expect((result.columns.basis as string[])[0]).toBe(basis);
    expect((result.columns.commission as Float64Array)[0]).toBeCloseTo(commission, 9);
    const got = (result.columns.scheduled as Float64Array)[0]!;
    if (scheduled === null) expect(got).toBeNaN();
    else expect(got).toBeCloseTo(scheduled, 9);
  });
});

describe('commissionByPlatformQuery() (the overview’s panel)', () => {
  it('counts the fee schedule where no commission is recorded, as the platforms’ view does: a rate loaded for a platform is seen', async () => {
    const f = filters({ dataset: 'feecases', retailer: null });
    const q = commissionByPlatformQuery(f);
    const rows = readCommissionByPlatform(await engine.query(q.sql, q.params));
    for (const expected of FEE_TOTALS.filter((t) => t.platform !== 'Own site')) {
      const row = rows.find((r) => r.platform === expected.platform)!;
      expect(row.commission, expected.platform).toBeCloseTo(expected.commission, 6);
    }
    // No schedule and nothing recorded: not published (null), never €0.
    expect(rows.find((r) => r.platform === 'Own site')!.commission).toBeNull();
  });
});

describe('platformEconomicsQuery()', () => {
  it('totals the hand-computed cases by platform', async () => {
    const rows = await economics(filters({ dataset: 'feecases', retailer: null }));
    expect(rows).toHaveLength(FEE_TOTALS.length);
    for (const expected of FEE_TOTALS) {
      const row = rows.find((r) => r.platform === expected.platform)!;
      expect(row.gross, expected.platform).toBeCloseTo(expected.gross, 6);
      expect(row.commission, expected.platform).toBeCloseTo(expected.commission, 6);
      expect(row.net, expected.platform).toBeCloseTo(expected.gross - expected.commission, 6);
    }
    const flat = rows.find((r) => r.platform === 'Flat')!;
    expect([flat.rowsRecorded, flat.rowsSchedule, flat.rowsNone, flat.rowsUnknown]).toEqual([0, 1, 1, 1]);
    expect(rows.find((r) => r.platform === 'Shop')!.recorded).toBe(44);
  });

  it('on the sample, the recorded commission matches the published rates: 12% of Google Shopping, 8% of Amazon in 2022', async () => {
    const rows = await economics(filters({ dataset: 'sample', from: '2022-01-01', to: '2022-12-31' }));
    const google = rows.find((r) => r.platform === 'Google Shopping')!;
    // 2022 Google Shopping revenue is €168,000,000 (calibrated); 12% of it is €20,160,000.
    expect(google.gross).toBeCloseTo(168_000_000, 2);
    expect(google.scheduled).toBeCloseTo(20_160_000, 2);
    // Recorded per row in cents: within €1 of the schedule, and it is the one counted.
    expect(Math.abs(google.recorded! - 20_160_000)).toBeLessThan(1);
    expect(google.commission).toBe(google.recorded);
    expect(google.rowsRecorded).toBeGreaterThan(0);
    expect(google.rowsSchedule + google.rowsNone + google.rowsUnknown).toBe(0);
    expect(google.feeSource).toBe('https://support.google.com/merchants/answer/9184410?hl=en');
    const amazon = rows.find((r) => r.platform === 'Amazon Prime Now')!;
    expect(amazon.retailer).toBe('Monoprix');
    expect(amazon.scheduled).toBeCloseTo(33_000_000 * 0.08, 2); // €2,640,000
    const drive = rows.find((r) => r.platform === 'Drive')!;
    expect(drive.commission).toBe(0);
    expect(drive.scheduled).toBe(0);
  });

  it('on the public figures, Carrefour’s total has no commission (none published, no schedule) and Monoprix’s 8% reconciles', async () => {
    const rows = await economics(filters({ dataset: 'public' }));
    const carrefour = rows.filter((r) => r.retailer === 'Carrefour');
    expect(carrefour).toHaveLength(1);
    expect(carrefour[0]).toMatchObject({ platform: 'all', commission: 0, recorded: null, scheduled: null, rowsNone: 6 });
    const monoprix = rows.find((r) => r.retailer === 'Monoprix')!;
    expect(monoprix).toMatchObject({ platform: 'Amazon Prime Now', gross: 12_500_000, recorded: 1_000_000, commission: 1_000_000 });
    expect(monoprix.scheduled).toBeCloseTo(1_000_000, 6); // 8% × €12.5m
  });

  it('compares only the chosen retailers, each value bound as a parameter', async () => {
    const q = platformEconomicsQuery(filters({ dataset: 'sample', compare: ["Monoprix' OR 1=1 --"] }));
    expect(q.sql).not.toContain('OR 1=1');
    expect(readPlatformEconomics(await engine.query(q.sql, q.params))).toEqual([]);
    const monoprix = await economics(filters({ dataset: 'sample', compare: ['Monoprix'] }));
    expect(new Set(monoprix.map((r) => r.retailer))).toEqual(new Set(['Monoprix']));
  });
});

describe('feeSchedulesQuery()', () => {
  it('reads the schedule back as written', async () => {
    const q = feeSchedulesQuery('feecases');
    const rows = readFeeSchedules(await engine.query(q.sql, q.params));
    const key = (f: { platform: string; validFrom: string; ratePct: number }) => `${f.platform}|${f.validFrom}|${f.ratePct}`;
    expect(rows.map(key).sort()).toEqual(FEE_SCHEDULES.map(key).sort());
    expect(rows.find((r) => r.platform === 'Promo' && r.ratePct === 5)).toMatchObject({ validTo: '2022-03-31', fixedEurPerOrder: 0 });
  });

  it('gives the public defaults: Google Shopping Actions’ 12% example and Amazon’s ~8%', async () => {
    const q = feeSchedulesQuery('public');
    const rows = readFeeSchedules(await engine.query(q.sql, q.params));
    expect(rows.map((r) => [r.platform, r.ratePct, r.validFrom, r.validTo])).toEqual([
      ['Amazon Prime Now', 8, '2018-03-26', null],
      ['Google Shopping', 12, '2019-01-01', null],
    ]);
  });
});
