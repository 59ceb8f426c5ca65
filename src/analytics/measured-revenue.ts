import type { RevenueBasis } from '../state/filters';

/**
 * Revenue on the chosen basis from its parts: gross (what customers paid), or gross minus the
 * platforms' commission counted on it — the same deduction the KPIs make under `basis=net`
 * (`queries/sales-with-commission.ts`: recorded, else per the fee schedule, else none).
 * An unknown commission (null) counts as none, as it does there.
 */
export function measuredRevenue(gross: number, commission: number | null, basis: RevenueBasis): number {
  return basis === 'net' ? gross - (commission ?? 0) : gross;
}
