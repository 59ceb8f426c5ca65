import { overviewAnswers, type OverviewAnswers } from '../analytics/overview-answers';
import type { Engine } from '../engine/engine';
import { datasetContextQuery, readDatasetContext, type DatasetContext } from '../queries/dataset-context';
import { readOverviewFacts } from '../queries/overview-facts';
import { planOverview } from '../queries/overview-plan';
import type { Filters, TimeBucket } from '../state/filters';

/**
 * The overview's answers for one set of filters, outside React: the dataset's context (when not
 * given), then the one facts query of the plan. What the page's hook does across renders
 * (hooks/use-overview.ts), for the build-time snapshot, the benchmark and the tests.
 */
export async function fetchOverviewAnswers(
  engine: Engine,
  filters: Filters,
  chosenBucket: TimeBucket | null = null,
  known?: DatasetContext,
): Promise<OverviewAnswers> {
  const context = known ?? (await fetchDatasetContext(engine, filters.dataset));
  const plan = planOverview(context, filters);
  const facts = readOverviewFacts(await engine.query(plan.query.sql, plan.query.params));
  return overviewAnswers(plan, facts, context, filters, chosenBucket);
}

export async function fetchDatasetContext(engine: Engine, dataset: string): Promise<DatasetContext> {
  const query = datasetContextQuery(dataset);
  return readDatasetContext(await engine.query(query.sql, query.params));
}
