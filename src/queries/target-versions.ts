import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { BuiltQuery } from './built-query';
import { tableRef } from './table-ref';

export interface TargetVersion {
  /** The day this version was set: choosing it measures against the goals as they stood then. */
  setOn: string;
  retailer: string;
  label: string;
  targetEur: number;
  periodEnd: string;
  source: string | null;
}

/**
 * Every dated version of every retailer's goal, oldest first: asked once per dataset, not per
 * retailer (versionsOf picks a retailer's), so a change of retailer asks DuckDB one query, not two.
 */
export function targetVersionsQuery(dataset: string): BuiltQuery {
  const query = sql`SELECT set_on, retailer, label, target_eur::DOUBLE AS target_eur, period_end, source
FROM ${tableRef(dataset, 'targets')}
WHERE set_on IS NOT NULL AND channel IS NULL
ORDER BY set_on, retailer, period_end`;
  return toQuery(query);
}

/** The versions of a retailer's goals (every retailer's when null), in the same order. */
export function versionsOf(versions: readonly TargetVersion[], retailer: string | null): TargetVersion[] {
  return retailer === null ? [...versions] : versions.filter((v) => v.retailer === retailer);
}

export function readTargetVersions(result: ColumnarResult): TargetVersion[] {
  const setOn = textColumn(result, 'set_on');
  const retailer = textColumn(result, 'retailer');
  const label = textColumn(result, 'label');
  const target = numberColumn(result, 'target_eur');
  const periodEnd = textColumn(result, 'period_end');
  const source = textColumn(result, 'source');
  return setOn.map((date, i) => ({
    setOn: date!,
    retailer: retailer[i] ?? '',
    label: label[i] ?? '',
    targetEur: target[i]!,
    periodEnd: periodEnd[i]!,
    source: source[i] ?? null,
  }));
}
