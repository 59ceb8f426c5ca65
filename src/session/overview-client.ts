import { overviewAnswers, type OverviewAnswers } from '../analytics/overview-answers';
import type { ColumnarResult, Engine } from '../engine/engine';
import type { BuiltQuery } from '../queries/built-query';
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

/**
 * The overview's queries for these filters with their results, in order: the context, then the
 * facts query of its plan (what the build-time snapshot stores). Each runs once.
 */
export async function overviewResults(engine: Engine, filters: Filters): Promise<[BuiltQuery, ColumnarResult][]> {
  const contextQuery = datasetContextQuery(filters.dataset);
  const context = await engine.query(contextQuery.sql, contextQuery.params);
  const { query } = planOverview(readDatasetContext(context), filters);
  return [
    [contextQuery, context],
    [query, await engine.query(query.sql, query.params)],
  ];
}

/**
 * The overview's answers from stored results (the build-time snapshot): null when `answer` has
 * no result for the context or for the facts query its plan asks for.
 */
export function overviewAnswersFrom(answer: (query: BuiltQuery) => ColumnarResult | undefined, filters: Filters): OverviewAnswers | null {
  const stored = answer(datasetContextQuery(filters.dataset));
  if (!stored) return null;
  const context = readDatasetContext(stored);
  const plan = planOverview(context, filters);
  const facts = answer(plan.query);
  return facts ? overviewAnswers(plan, readOverviewFacts(facts), context, filters) : null;
}
