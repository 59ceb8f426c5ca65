import { edgeMonths, overviewWindows, type OverviewWindows } from '../analytics/fact-windows';
import { selectGoal, type GoalSelection } from '../analytics/goal-selection';
import type { Filters } from '../state/filters';
import type { BuiltQuery } from './built-query';
import type { DatasetContext } from './dataset-context';
import { overviewFactsQuery } from './overview-facts';

/**
 * What the overview asks DuckDB for one set of filters, once the dataset's context is known:
 * the goal chosen for them, the windows its panels read, and the one facts query that holds
 * them all (whole months from the summary table, the months those windows cut through day by day).
 */
export interface OverviewPlan {
  selection: GoalSelection;
  windows: OverviewWindows;
  query: BuiltQuery;
}

export function planOverview(context: DatasetContext, filters: Filters): OverviewPlan {
  const selection = selectGoal(context, filters);
  const windows = overviewWindows(filters, selection);
  return { selection, windows, query: overviewFactsQuery(filters, edgeMonths(Object.values(windows))) };
}
