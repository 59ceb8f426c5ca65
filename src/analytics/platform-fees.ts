/**
 * Platform fee schedules with effective dates, and the commission they imply on a sale.
 *
 * A schedule row charges `rate_pct` % of the basket plus `fixed_eur_per_order` € per order from
 * `valid_from` to `valid_to` (both inclusive; no `valid_to` = still in force). On a given day the
 * row in force is, among the rows whose dates contain that day, the one that started last (a new
 * rate replaces the old one from its first day; when a time-limited rate ends, an open-ended one
 * that it interrupted applies again). Two rows starting the same day: the dearer one wins, so the
 * cost is never understated. A platform without a row in force charges nothing.
 *
 * The same rule is written in SQL in `queries/sales-with-commission.ts`; tests hold both to the
 * same hand-computed cases.
 *
 * How a recorded commission and the schedule relate: a commission recorded in the sales data is
 * what was actually paid, so it is used as is; the schedule fills in where the data has none.
 */

export interface FeeSchedule {
  platform: string;
  /** ISO date, inclusive. */
  validFrom: string;
  /** ISO date, inclusive; null = open-ended. */
  validTo: string | null;
  /** Percentage of the basket, e.g. 12 for 12%. */
  ratePct: number;
  fixedEurPerOrder: number;
  label: string;
  source: string | null;
}

export interface SaleForFees {
  date: string;
  platform: string;
  revenue: number;
  /** null when the data does not count orders (e.g. published yearly totals). */
  orders: number | null;
  /** Commission stated in the data, or null when it is not. */
  recordedCommission: number | null;
}

/**
 * Where a sale's commission comes from: stated in the data; computed from the schedule; no
 * schedule in force (nothing charged); or a schedule with a fixed fee per order on a sale whose
 * orders are not known (cannot be computed, counted as nothing and flagged).
 */
export type CommissionBasis = 'recorded' | 'schedule' | 'none' | 'unknown';

export interface SaleCommission {
  /** The commission used for net revenue (0 for `none` and `unknown`). */
  commission: number;
  basis: CommissionBasis;
  /** What the schedule alone implies (null when no row is in force or it cannot be computed). */
  scheduled: number | null;
  schedule: FeeSchedule | null;
}

/** Platforms are matched as written, ignoring case and surrounding spaces ("amazon prime now "). */
export function samePlatform(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The schedule row in force for `platform` on `date` (ISO), or null. */
export function feeInForce(schedules: readonly FeeSchedule[], platform: string, date: string): FeeSchedule | null {
  let best: FeeSchedule | null = null;
  for (const row of schedules) {
    if (!samePlatform(row.platform, platform)) continue;
    if (row.validFrom > date || (row.validTo !== null && row.validTo < date)) continue;
    if (
      best === null ||
      row.validFrom > best.validFrom ||
      (row.validFrom === best.validFrom && (row.ratePct > best.ratePct || (row.ratePct === best.ratePct && row.fixedEurPerOrder > best.fixedEurPerOrder)))
    ) {
      best = row;
    }
  }
  return best;
}

/**
 * The commission a schedule row implies on a sale: rate × basket + fixed fee × orders.
 * A fixed fee on a sale without an order count cannot be computed: null.
 */
export function commissionPerSchedule(row: FeeSchedule, revenue: number, orders: number | null): number | null {
  const fixed = row.fixedEurPerOrder === 0 ? 0 : orders === null ? null : row.fixedEurPerOrder * orders;
  return fixed === null ? null : (revenue * row.ratePct) / 100 + fixed;
}

/** The commission counted for one sale: as recorded, else per the schedule in force on its date. */
export function saleCommission(sale: SaleForFees, schedules: readonly FeeSchedule[]): SaleCommission {
  const schedule = feeInForce(schedules, sale.platform, sale.date);
  const scheduled = schedule ? commissionPerSchedule(schedule, sale.revenue, sale.orders) : null;
  if (sale.recordedCommission !== null) return { commission: sale.recordedCommission, basis: 'recorded', scheduled, schedule };
  if (schedule === null) return { commission: 0, basis: 'none', scheduled: null, schedule: null };
  if (scheduled === null) return { commission: 0, basis: 'unknown', scheduled: null, schedule };
  return { commission: scheduled, basis: 'schedule', scheduled, schedule };
}

export interface PlatformFeeTotal {
  platform: string;
  gross: number;
  commission: number;
  net: number;
  /** Sales counted under each basis, e.g. `{recorded: 0, schedule: 31, none: 0, unknown: 0}`. */
  sales: Record<CommissionBasis, number>;
}

/** Gross, commission and net by platform over a list of sales, in the order platforms first appear. */
export function commissionByPlatform(sales: readonly SaleForFees[], schedules: readonly FeeSchedule[]): PlatformFeeTotal[] {
  const totals = new Map<string, PlatformFeeTotal>();
  for (const sale of sales) {
    const { commission, basis } = saleCommission(sale, schedules);
    let total = totals.get(sale.platform);
    if (!total) {
      total = { platform: sale.platform, gross: 0, commission: 0, net: 0, sales: { recorded: 0, schedule: 0, none: 0, unknown: 0 } };
      totals.set(sale.platform, total);
    }
    total.gross += sale.revenue;
    total.commission += commission;
    total.net = total.gross - total.commission;
    total.sales[basis] += 1;
  }
  return [...totals.values()];
}
