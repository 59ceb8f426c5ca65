import { useMemo, useState } from 'react';
import { overviewAnswers, type OverviewAnswers } from '../analytics/overview-answers';
import type { ColumnarResult } from '../engine/engine';
import { datasetContextQuery, readDatasetContext } from '../queries/dataset-context';
import { readOverviewFacts, type OverviewFact } from '../queries/overview-facts';
import { planOverview } from '../queries/overview-plan';
import { trendBucket } from '../queries/overview-queries';
import type { Filters, TimeBucket } from '../state/filters';
import { snapshotKey } from '../state/first-paint-snapshot';
import { LOADING, useNamedQuery, type QueryState } from './use-named-query';

/** Facts with the query they answer: they hold every window of that query's plan, and only those. */
interface KeyedFacts {
  key: string;
  facts: OverviewFact[];
}

export type OverviewData = { bucket: TimeBucket } & { [K in keyof OverviewAnswers]: QueryState<OverviewAnswers[K]> };

/**
 * Every answer of the overview — its panels, the outlook's inputs, the driver bridge — from two
 * queries: the dataset's context, once per dataset (queries/dataset-context.ts), and one facts
 * query per filter change (queries/overview-plan.ts); everything else is computed in TypeScript
 * (analytics/overview-answers.ts). A change of basis or of trend bucket asks DuckDB nothing.
 * While a new answer is on its way, the last one of the same dataset stays on screen.
 */
export function useOverview(filters: Filters, chosenBucket: TimeBucket | null = null): OverviewData {
  const dataset = filters.dataset;
  const filtersKey = JSON.stringify(filters);
  const contextQuery = useMemo(() => datasetContextQuery(dataset), [dataset]);
  const context = useNamedQuery(dataset, contextQuery, readDatasetContext);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `filtersKey` stands for the filters' values
  const plan = useMemo(() => (context.data ? planOverview(context.data, filters) : null), [context.data, filtersKey]);
  const key = plan ? snapshotKey(dataset, plan.query.sql, plan.query.params) : null;
  // The reader tags the facts with the query they answer (it is the closure of that query's render).
  const facts = useNamedQuery(dataset, plan?.query ?? null, (result: ColumnarResult): KeyedFacts => ({ key: key!, facts: readOverviewFacts(result) }));
  const current = facts.data && facts.data.key === key ? facts.data.facts : null;

  const fresh = useMemo(
    () => (plan && current && context.data ? overviewAnswers(plan, current, context.data, filters, chosenBucket) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `filtersKey` stands for the filters' values
    [plan, current, context.data, filtersKey, chosenBucket],
  );
  // The last answers of this dataset, shown while the next ones are computed. Kept during the
  // render (React's "information from previous renders"), not in an effect: an effect would
  // commit every chart once more for nothing.
  const [kept, setKept] = useState<{ dataset: string; answers: OverviewAnswers } | null>(null);
  if (fresh && (kept?.answers !== fresh || kept.dataset !== dataset)) setKept({ dataset, answers: fresh });
  const answers = fresh ?? (kept?.dataset === dataset ? kept.answers : null);
  const state = combinedState(context, facts, fresh !== null);
  const bucket = trendBucket(filters, chosenBucket);
  // Stable while nothing changed, so a render for another reason hands the charts the same objects.
  const shape = `${state.status}${state.status === 'loading' && state.snapshot ? ' snapshot' : ''}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `shape` and `state.error` are what `state` holds
  return useMemo(() => overviewStates(state, answers, bucket), [shape, state.error, answers, bucket]);
}

function overviewStates(state: QueryState<null>, answers: OverviewAnswers | null, bucket: TimeBucket): OverviewData {
  const panel = <K extends keyof OverviewAnswers>(name: K): QueryState<OverviewAnswers[K]> => {
    if (state.status === 'error') return state;
    if (state.status === 'ready' && answers) return { status: 'ready', data: answers[name], error: null };
    if (!answers) return LOADING;
    return { status: 'loading', data: answers[name], error: null, ...(state.status === 'loading' && state.snapshot ? { snapshot: true } : {}) };
  };
  return {
    bucket,
    kpis: panel('kpis'),
    progress: panel('progress'),
    byChannel: panel('byChannel'),
    mix: panel('mix'),
    commission: panel('commission'),
    events: panel('events'),
    sources: panel('sources'),
    outlookSeries: panel('outlookSeries'),
    goalToDate: panel('goalToDate'),
    goalVersions: panel('goalVersions'),
    periodYears: panel('periodYears'),
    drivers: panel('drivers'),
  };
}

/** Ready when both answered for these filters; a snapshot while both stand in from the build. */
function combinedState(context: QueryState<unknown>, facts: QueryState<unknown>, answered: boolean): QueryState<null> {
  const error = context.status === 'error' ? context.error : facts.status === 'error' ? facts.error : null;
  if (error) return { status: 'error', data: null, error };
  if (context.status === 'ready' && facts.status === 'ready' && answered) return { status: 'ready', data: null, error: null };
  // Facts still `ready` for the previous filters (the render of a filter change, before the query
  // is even asked) are being replaced, not standing in from the build: counted as a snapshot, they
  // flagged the KPIs as build-time figures for a moment and drew every chart once more.
  const factsNow = facts.status === 'ready' && !answered ? LOADING : facts;
  const snapshot = [context, factsNow].every((s) => s.status === 'ready' || (s.status === 'loading' && s.snapshot === true));
  return { status: 'loading', data: null, error: null, ...(snapshot ? { snapshot: true } : {}) };
}
