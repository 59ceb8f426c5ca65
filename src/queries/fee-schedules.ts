import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { FeeSchedule } from '../analytics/platform-fees';
import type { BuiltQuery } from './built-query';
import { tableRef } from './table-ref';

/** Every row of the dataset's platform fee schedule, by platform and effective date. */
export function feeSchedulesQuery(dataset: string): BuiltQuery {
  const query = sql`SELECT platform, valid_from, valid_to, rate_pct::DOUBLE AS rate_pct,
  fixed_eur_per_order::DOUBLE AS fixed_eur_per_order, label, source
FROM ${tableRef(dataset, 'platform_fees')}
WHERE platform IS NOT NULL AND valid_from IS NOT NULL
ORDER BY platform, valid_from, valid_to NULLS LAST`;
  return toQuery(query);
}

export function readFeeSchedules(result: ColumnarResult): FeeSchedule[] {
  const platform = textColumn(result, 'platform');
  const from = textColumn(result, 'valid_from');
  const to = textColumn(result, 'valid_to');
  const rate = numberColumn(result, 'rate_pct');
  const fixed = numberColumn(result, 'fixed_eur_per_order');
  const label = textColumn(result, 'label');
  const source = textColumn(result, 'source');
  return platform.map((p, i) => ({
    platform: p ?? '',
    validFrom: from[i]!,
    validTo: to[i] ?? null,
    ratePct: Number.isNaN(rate[i]!) ? 0 : rate[i]!,
    fixedEurPerOrder: Number.isNaN(fixed[i]!) ? 0 : fixed[i]!,
    label: label[i] ?? '',
    source: source[i] ?? null,
  }));
}
