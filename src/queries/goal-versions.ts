import { numberColumn, textColumn, type ColumnarResult } from '../engine/engine';
import { sql, toQuery } from '../engine/sql';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import { goalWindowCtes } from './goal-window';
import type { SalesSource } from './sales-facts';

export interface GoalVersionRecord {
  retailer: string;
  setOn: string;
  amount: number;
  label: string;
  source: string | null;
}

/**
 * Every version of the goal that applies to the selection (the goal the KPIs measure against),
 * as known on the chosen goal date (`target=`), oldest first: the steps of the target path.
 */
export function goalVersionsQuery(filters: Filters, source: SalesSource = 'raw'): BuiltQuery {
  const ctes = goalWindowCtes(filters, source, 'versions');
  const query = sql`WITH ${ctes}
SELECT retailer, set_on, target_eur::DOUBLE AS amount, label, source
FROM versions
WHERE known AND set_on IS NOT NULL
ORDER BY set_on, retailer`;
  return toQuery(query);
}

export function readGoalVersions(result: ColumnarResult): GoalVersionRecord[] {
  const retailer = textColumn(result, 'retailer');
  const setOn = textColumn(result, 'set_on');
  const amount = numberColumn(result, 'amount');
  const label = textColumn(result, 'label');
  const source = textColumn(result, 'source');
  return setOn.map((day, i) => ({ retailer: retailer[i] ?? '', setOn: day ?? '', amount: amount[i]!, label: label[i] ?? '', source: source[i] ?? null }));
}
