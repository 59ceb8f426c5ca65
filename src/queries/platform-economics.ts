import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { competitionFilter } from './competition-filter';
import { filterWindow, salesFacts, type SalesSource } from './sales-facts';

export interface PlatformEconomicsRow {
  retailer: string;
  platform: string;
  /** The channels the platform's sales are in, e.g. "voice". */
  channels: string;
  gross: number;
  /** Commission counted: as recorded, else per the fee schedule, else nothing. */
  commission: number;
  net: number;
  /** Commission stated in the data, and what the schedule alone implies (null: none). */
  recorded: number | null;
  scheduled: number | null;
  /** Sales rows by where their commission comes from (see salesWithCommission). */
  rowsRecorded: number;
  rowsSchedule: number;
  rowsNone: number;
  rowsUnknown: number;
  /** The fee-schedule row applied last in the period, with its source. */
  feeLabel: string | null;
  feeSource: string | null;
}

/**
 * Gross → commission → net by retailer and platform over the filtered period, with the commission
 * as recorded and as the fee schedule implies it side by side, so they can be reconciled.
 */
export function platformEconomicsQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const facts = salesFacts(filters.dataset, {
    source,
    window: filterWindow(filters),
    where: competitionFilter(filters, 's', false),
    columns: [
      'retailer',
      'platform',
      'channel',
      'revenue_eur',
      'effective_commission_eur',
      'commission_eur',
      'scheduled_commission_eur',
      'rows_recorded',
      'rows_schedule',
      'rows_none',
      'rows_unknown',
      'fee_label',
      'fee_source',
      'last_date',
    ],
  });
  const query = sql`SELECT s.retailer, s.platform,
  string_agg(DISTINCT s.channel, ', ' ORDER BY s.channel) AS channels,
  sum(s.revenue_eur)::DOUBLE AS gross,
  sum(s.effective_commission_eur)::DOUBLE AS commission,
  (sum(s.revenue_eur) - sum(s.effective_commission_eur))::DOUBLE AS net,
  sum(s.commission_eur)::DOUBLE AS recorded,
  sum(s.scheduled_commission_eur)::DOUBLE AS scheduled,
  sum(s.rows_recorded)::DOUBLE AS rows_recorded,
  sum(s.rows_schedule)::DOUBLE AS rows_schedule,
  sum(s.rows_none)::DOUBLE AS rows_none,
  sum(s.rows_unknown)::DOUBLE AS rows_unknown,
  -- The fee row in force on the last day: one per platform and day, whichever fact holds it.
  arg_max(s.fee_label, s.last_date) FILTER (WHERE s.fee_label IS NOT NULL) AS fee_label,
  arg_max(s.fee_source, s.last_date) FILTER (WHERE s.fee_label IS NOT NULL) AS fee_source
FROM ${facts} s
GROUP BY s.retailer, s.platform
ORDER BY s.retailer, commission DESC, gross DESC, s.platform`;
  return toQuery(query);
}

export function readPlatformEconomics(result: ColumnarResult): PlatformEconomicsRow[] {
  const text = (name: string) => textColumn(result, name);
  const num = (name: string) => numberColumn(result, name);
  const orNull = (v: number) => (Number.isNaN(v) ? null : v);
  const [retailer, platform, channels, feeLabel, feeSource] = ['retailer', 'platform', 'channels', 'fee_label', 'fee_source'].map(text);
  const [gross, commission, net, recorded, scheduled, rr, rs, rn, ru] = [
    'gross',
    'commission',
    'net',
    'recorded',
    'scheduled',
    'rows_recorded',
    'rows_schedule',
    'rows_none',
    'rows_unknown',
  ].map(num);
  return retailer!.map((r, i) => ({
    retailer: r ?? '',
    platform: platform![i] ?? '',
    channels: channels![i] ?? '',
    gross: gross![i]!,
    commission: commission![i]!,
    net: net![i]!,
    recorded: orNull(recorded![i]!),
    scheduled: orNull(scheduled![i]!),
    rowsRecorded: rr![i]!,
    rowsSchedule: rs![i]!,
    rowsNone: rn![i]!,
    rowsUnknown: ru![i]!,
    feeLabel: feeLabel![i] ?? null,
    feeSource: feeSource![i] ?? null,
  }));
}
