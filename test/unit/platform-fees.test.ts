import { describe, expect, it } from 'vitest';
import { commissionByPlatform, commissionPerSchedule, feeInForce, saleCommission } from '../../src/analytics/platform-fees';
import { FEE_CASES, FEE_SCHEDULES, FEE_TOTALS } from '../support/fee-cases';

describe('saleCommission()', () => {
  it.each(FEE_CASES)('$why', ({ sale, commission, basis, scheduled }) => {
    const result = saleCommission(sale, FEE_SCHEDULES);
    expect(result.basis).toBe(basis);
    expect(result.commission).toBeCloseTo(commission, 9);
    if (scheduled === null) expect(result.scheduled).toBeNull();
    else expect(result.scheduled).toBeCloseTo(scheduled, 9);
  });
});

describe('feeInForce()', () => {
  it('names the row in force, with its effective dates', () => {
    expect(feeInForce(FEE_SCHEDULES, 'Shop', '2021-06-30')?.ratePct).toBe(10);
    expect(feeInForce(FEE_SCHEDULES, 'Shop', '2021-07-01')).toMatchObject({ ratePct: 12, fixedEurPerOrder: 0.5, validFrom: '2021-07-01' });
    expect(feeInForce(FEE_SCHEDULES, 'Promo', '2022-03-31')?.ratePct).toBe(5);
    expect(feeInForce(FEE_SCHEDULES, 'Promo', '2022-04-01')?.ratePct).toBe(15);
    expect(feeInForce(FEE_SCHEDULES, 'Flat', '2022-07-01')).toBeNull();
    expect(feeInForce([], 'Shop', '2022-01-01')).toBeNull();
  });
});

describe('commissionPerSchedule()', () => {
  it('adds the percentage of the basket and the fixed fee per order', () => {
    const row = FEE_SCHEDULES[1]!; // 12% + €0.50
    expect(commissionPerSchedule(row, 250, 4)).toBeCloseTo(32, 9); // 30 + 2
    expect(commissionPerSchedule(row, 250, null)).toBeNull();
    expect(commissionPerSchedule(FEE_SCHEDULES[0]!, 250, null)).toBe(25); // no fixed fee: orders not needed
  });
});

describe('commissionByPlatform()', () => {
  it('totals gross, commission and net by platform, and counts each basis', () => {
    const totals = commissionByPlatform(
      FEE_CASES.map((c) => c.sale),
      FEE_SCHEDULES,
    );
    expect(totals.map((t) => t.platform)).toEqual(FEE_TOTALS.map((t) => t.platform));
    for (const expected of FEE_TOTALS) {
      const total = totals.find((t) => t.platform === expected.platform)!;
      expect(total.gross).toBeCloseTo(expected.gross, 9);
      expect(total.commission).toBeCloseTo(expected.commission, 9);
      expect(total.net).toBeCloseTo(expected.gross - expected.commission, 9);
    }
    expect(totals.find((t) => t.platform === 'Flat')!.sales).toEqual({ recorded: 0, schedule: 1, none: 1, unknown: 1 });
    expect(totals.find((t) => t.platform === 'Shop')!.sales).toEqual({ recorded: 1, schedule: 2, none: 1, unknown: 0 });
  });
});
