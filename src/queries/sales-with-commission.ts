import { sql, type Sql } from '../engine/sql';
import type { Filters } from '../state/filters';
import { tableRef } from './table-ref';

/**
 * The fee schedule as non-overlapping segments per platform: every `valid_from` and every day
 * after a `valid_to` starts a segment, and each segment takes the row in force on its first day
 * (the row that started last; same start: the dearer). Same rule as `analytics/platform-fees.ts`.
 * Days no row covers get no segment: nothing is charged on them. A subquery of the fee table
 * `fees`; the summary table keeps it as a table of its own (sales-cube.ts).
 */
export function feeSegmentsSql(fees: Sql): Sql {
  return sql`(
  WITH fees AS (
    SELECT lower(trim(platform)) AS platform_key, * EXCLUDE (platform) FROM ${fees} WHERE platform IS NOT NULL AND valid_from IS NOT NULL
  ),
  starts AS (
    SELECT platform_key, valid_from AS seg_from FROM fees
    UNION SELECT platform_key, (valid_to + INTERVAL 1 DAY)::DATE FROM fees WHERE valid_to IS NOT NULL
  ),
  segments AS (
    SELECT platform_key, seg_from,
      coalesce((lead(seg_from) OVER (PARTITION BY platform_key ORDER BY seg_from) - INTERVAL 1 DAY)::DATE, DATE '9999-12-31') AS seg_to
    FROM starts
  )
  SELECT g.platform_key, g.seg_from, g.seg_to, f.valid_from, f.valid_to, f.rate_pct,
    f.fixed_eur_per_order::DOUBLE AS fixed_eur_per_order, f.label, f.source
  FROM segments g JOIN fees f
    ON f.platform_key = g.platform_key AND f.valid_from <= g.seg_from AND (f.valid_to IS NULL OR f.valid_to >= g.seg_from)
  QUALIFY row_number() OVER (PARTITION BY g.platform_key, g.seg_from ORDER BY f.valid_from DESC, f.rate_pct DESC, f.fixed_eur_per_order DESC) = 1
)`;
}

/**
 * Every sales row with the commission counted for it, as a subquery to select FROM:
 * - `scheduled_commission_eur`: rate × basket + fixed fee × orders under the row in force on the
 *   sale's date (NULL without one, or with a fixed fee and no order count);
 * - `commission_basis`: 'recorded' (the data states it: what was actually paid, used as is),
 *   'schedule' (filled in from the schedule), 'none' (no schedule in force: nothing charged) or
 *   'unknown' (a fixed fee per order but the orders are not counted: counted as nothing);
 * - `effective_commission_eur`: the recorded commission, else the scheduled one, else 0.
 */
export function salesWithCommission(dataset: string): Sql {
  return withCommission(tableRef(dataset, 'sales'), feeSegmentsSql(tableRef(dataset, 'platform_fees')));
}

/**
 * `salesWithCommission` over any relation with the sales table's columns (the table itself, or a
 * subquery of some of its rows) and the fee schedule's `segments` (`feeSegmentsSql`, or the
 * summary's table of them).
 */
export function withCommission(sales: Sql, segments: Sql): Sql {
  return sql`(
  SELECT * EXCLUDE (fee_matched),
    CASE WHEN commission_eur IS NOT NULL THEN 'recorded'
         WHEN NOT fee_matched THEN 'none'
         WHEN scheduled_commission_eur IS NULL THEN 'unknown'
         ELSE 'schedule' END AS commission_basis,
    -- DECIMAL like the sales amounts, so totals and net revenue add up to the cent.
    coalesce(commission_eur, scheduled_commission_eur::DECIMAL(18,4), 0)::DECIMAL(18,4) AS effective_commission_eur
  FROM (
    SELECT s.*, g.platform_key IS NOT NULL AS fee_matched,
      s.revenue_eur::DOUBLE * g.rate_pct / 100
        + CASE WHEN g.fixed_eur_per_order = 0 THEN 0 ELSE g.fixed_eur_per_order * s.orders END AS scheduled_commission_eur,
      g.rate_pct AS fee_rate_pct, g.fixed_eur_per_order AS fee_fixed_eur_per_order, g.label AS fee_label, g.source AS fee_source
    FROM ${sales} s
    LEFT JOIN ${segments} g
      ON g.platform_key = lower(trim(s.platform)) AND s.date BETWEEN g.seg_from AND g.seg_to
  )
)`;
}

/**
 * The revenue measured for the chosen basis, on a row of `salesWithCommission` or a fact with
 * its fees (sales-facts.ts), alias `s`: gross, or net of the commission counted for it.
 */
export function measuredRevenue(basis: Filters['basis']): Sql {
  return basis === 'net' ? sql`(s.revenue_eur - s.effective_commission_eur)` : sql`s.revenue_eur`;
}
