// Hand-computed fee-schedule cases, shared by the TypeScript (unit) and SQL (integration) tests
// so both implementations of the rule answer the same questions with the same numbers.
import type { CommissionBasis, FeeSchedule, SaleForFees } from '../../src/analytics/platform-fees';

const row = (platform: string, validFrom: string, validTo: string | null, ratePct: number, fixedEurPerOrder: number): FeeSchedule => ({
  platform,
  validFrom,
  validTo,
  ratePct,
  fixedEurPerOrder,
  label: `${platform} ${ratePct}% + €${fixedEurPerOrder}`,
  source: 'https://example.org/rate-card',
});

export const FEE_SCHEDULES: FeeSchedule[] = [
  // A rate change mid-period: 10% until 30 June 2021, then 12% plus €0.50 an order, open-ended.
  row('Shop', '2021-01-01', null, 10, 0),
  row('Shop', '2021-07-01', null, 12, 0.5),
  // A promotional month interrupts an open-ended 15%, which applies again afterwards.
  row('Promo', '2022-01-01', null, 15, 0),
  row('Promo', '2022-03-01', '2022-03-31', 5, 0),
  // A fixed fee per order only, for the first half of 2022.
  row('Flat', '2022-01-01', '2022-06-30', 0, 1.2),
  // Two rows starting the same day: the dearer applies.
  row('Tie', '2022-01-01', null, 8, 0),
  row('Tie', '2022-01-01', null, 9, 0),
];

export interface FeeCase {
  why: string;
  sale: SaleForFees;
  commission: number;
  basis: CommissionBasis;
  scheduled: number | null;
}

const sale = (date: string, platform: string, revenue: number, orders: number | null, recordedCommission: number | null = null): SaleForFees => ({
  date,
  platform,
  revenue,
  orders,
  recordedCommission,
});

export const FEE_CASES: FeeCase[] = [
  { why: 'the last day of the old rate: 10% of €1,000', sale: sale('2021-06-30', 'Shop', 1000, 20), commission: 100, basis: 'schedule', scheduled: 100 },
  {
    why: 'the first day of the new rate: 12% of €1,000 + 20 × €0.50',
    sale: sale('2021-07-01', 'Shop', 1000, 20),
    commission: 130,
    basis: 'schedule',
    scheduled: 130,
  },
  { why: 'before any schedule: nothing charged', sale: sale('2020-12-31', 'Shop', 500, 5), commission: 0, basis: 'none', scheduled: null },
  {
    why: 'a recorded commission is what was paid: €44, not the scheduled 12% × 400 + 8 × 0.50 = €52',
    sale: sale('2021-08-01', 'Shop', 400, 8, 44),
    commission: 44,
    basis: 'recorded',
    scheduled: 52,
  },
  {
    why: 'open-ended: still 12% + €0.50 in 2030, platform matched ignoring case and spaces',
    sale: sale('2030-01-01', ' SHOP ', 50, 1),
    commission: 6.5,
    basis: 'schedule',
    scheduled: 6.5,
  },
  { why: 'the promotional month: 5% of €200', sale: sale('2022-03-15', 'Promo', 200, 4), commission: 10, basis: 'schedule', scheduled: 10 },
  { why: 'after the promotion the open-ended 15% applies again', sale: sale('2022-04-01', 'Promo', 200, 4), commission: 30, basis: 'schedule', scheduled: 30 },
  { why: 'a fixed fee only, on its last day: 10 orders × €1.20', sale: sale('2022-06-30', 'Flat', 300, 10), commission: 12, basis: 'schedule', scheduled: 12 },
  { why: 'the day after a closed schedule: nothing charged', sale: sale('2022-07-01', 'Flat', 300, 10), commission: 0, basis: 'none', scheduled: null },
  {
    why: 'a fixed fee per order without an order count cannot be computed',
    sale: sale('2022-02-01', 'Flat', 300, null),
    commission: 0,
    basis: 'unknown',
    scheduled: null,
  },
  { why: 'a platform without a schedule: no commission', sale: sale('2022-02-01', 'Own site', 999, 9), commission: 0, basis: 'none', scheduled: null },
  { why: 'two rows from the same day: the dearer 9% of €100', sale: sale('2022-05-05', 'Tie', 100, 1), commission: 9, basis: 'schedule', scheduled: 9 },
];

/** Totals by platform (as written in the sales), computed by hand from the cases above. */
export const FEE_TOTALS = [
  { platform: 'Shop', gross: 2900, commission: 274 }, // 100 + 130 + 0 + 44
  { platform: ' SHOP ', gross: 50, commission: 6.5 },
  { platform: 'Promo', gross: 400, commission: 40 },
  { platform: 'Flat', gross: 900, commission: 12 },
  { platform: 'Own site', gross: 999, commission: 0 },
  { platform: 'Tie', gross: 100, commission: 9 },
];
