import { useMemo, useState } from 'react';
import { goalKpis, type GoalKpis } from '../analytics/goal-kpis';
import type { Outlook, OutlookInput } from '../analytics/outlook';
import { outlookInputOf } from '../analytics/outlook-answers';
import { applyScenario, type ScenarioResult } from '../analytics/scenario';
import type { NamedScenario } from '../model/scenario';
import type { KpiSummary } from '../queries/kpi-summary';
import { goalBucket } from '../queries/overview-queries';
import type { Filters } from '../state/filters';
import type { OutlookSettings } from '../state/outlook-settings';
import { firstPaintCards } from '../session/first-paint-data';
import { useOffThreadOutlook } from './use-off-thread-outlook';
import { LOADING, type QueryState } from './use-named-query';
import type { OverviewData } from './use-overview';

export interface OutlookData {
  /** The outlook's own answers and its fitting, for the page's readiness. */
  states: QueryState<unknown>[];
  /** Null until every query has answered once. */
  outlook: Outlook | null;
  /** The scenario on the sliders applied (null without a goal with revenue to date). */
  result: ScenarioResult | null;
  /** Each saved scenario applied to the same baseline, for the comparison table. */
  saved: { scenario: NamedScenario; result: ScenarioResult }[];
  /** What the charted revenue measures, oldest first (the public figures change metric in 2022). */
  metrics: string[];
  /**
   * The KPI cards' figures: the summary's, or before the goal year the phased plan's (loading
   * until the outlook that phases it is known).
   */
  kpis: QueryState<GoalKpis>;
}

/**
 * "Will we make the goal?": the goal's history, versions and year to date, turned into phasing,
 * forecasts, pacing and scenarios. The KPI summary supplies the goal and the run-rate projection,
 * so the neutral scenario reproduces `kpi-projection` exactly; everything is measured on the
 * KPIs' basis (`filters.basis`: gross, or net of the platforms' commission). Moving a slider recomputes in
 * memory; only a filter change queries DuckDB again.
 */
export function useOutlook(filters: Filters, overview: OverviewData, settings: OutlookSettings): OutlookData {
  const grain = goalBucket(filters) === 'year' ? 'year' : 'month';
  const basis = filters.basis;
  // The overview's answers (hooks/use-overview.ts): the same facts as the panels'.
  const { kpis, outlookSeries: series, goalToDate: toDate, goalVersions: versions, periodYears: years } = overview;
  // Answered, or standing in from the build-time snapshot (the first paint's outlook and charts).
  const ready = [kpis, series, toDate, versions].every((s) => s.status === 'ready' || (s.status === 'loading' && s.snapshot === true));
  const k = kpis.data;
  const { phasing, forecastModel } = settings;

  // Built only from answers to the same filters: while a new answer is on its way, the last
  // consistent outlook stays on screen rather than a mix of old and new numbers.
  const input = useMemo((): OutlookInput | null => {
    if (!ready || !k || !series.data || !toDate.data || !versions.data) return null;
    return outlookInputOf({ kpis: k, series: series.data, toDate: toDate.data, versions: versions.data }, { grain, basis, phasing, model: forecastModel });
  }, [ready, k, series.data, toDate.data, versions.data, grain, basis, phasing, forecastModel]);
  // Fitted in a worker (outlook-client.ts); the page counts as loading until it is in.
  const { outlook: fresh, computing } = useOffThreadOutlook(input);
  // Kept during the render, not in an effect, which would commit every chart once more.
  const [kept, setKept] = useState<Outlook | null>(null);
  if (fresh && fresh !== kept) setKept(fresh);
  const outlook = fresh ?? kept;

  const baseline = outlook?.kind === 'goal' ? outlook.baseline : null;
  const result = useMemo(() => (baseline ? applyScenario(baseline, settings.scenario) : null), [baseline, settings.scenario]);
  const saved = useMemo(
    () => (baseline ? settings.scenarios.map((scenario) => ({ scenario, result: applyScenario(baseline, scenario.scenario) })) : []),
    [baseline, settings.scenarios],
  );
  const metrics = useMemo(() => [...new Set((series.data ?? []).flatMap((r) => (r.metric ? [r.metric] : [])))], [series.data]);
  // Years and outlook of the same filters only: a stale answer kept on screen is not mixed in.
  const yearsData = years.status === 'ready' || (years.status === 'loading' && years.snapshot) ? years.data : null;
  const cards = useMemo(() => cardKpis(kpis, outlook, yearsData, phasing.path), [kpis, outlook, yearsData, phasing.path]);
  const shownCards = useLastCardsWhileLoading(cards, filters.dataset);
  return { states: [series, toDate, versions, years, ...(computing ? [LOADING] : [])], outlook, result, saved, metrics, kpis: shownCards };
}

/**
 * The cards, or while new ones are computed the last ones of this dataset, still loading (and
 * still marked build-time if they were). Without them the KPI row fell back to its "Loading"
 * placeholder for a moment at every filter change before the goal year (the goal's phasing
 * waits for the period's years), a flicker the charts, which keep their last drawing, did not have.
 */
function useLastCardsWhileLoading(cards: QueryState<GoalKpis>, dataset: string): QueryState<GoalKpis> {
  const [last, setLast] = useState<{ dataset: string; cards: QueryState<GoalKpis> } | null>(null);
  if (cards.data && (cards !== last?.cards || last.dataset !== dataset)) setLast({ dataset, cards });
  const stand = cards.status === 'loading' && !cards.data && last?.dataset === dataset ? last.cards : null;
  return useMemo(
    () =>
      stand?.data ? { status: 'loading', data: stand.data, error: null, ...(stand.status === 'loading' && stand.snapshot ? { snapshot: true } : {}) } : cards,
    [stand, cards],
  );
}

/**
 * The cards' state: the summary's own, with its figures replaced by the phased plan's before the
 * goal year. While the build-time snapshot stands in and the outlook is still being fitted, the
 * cards the build computed from the same snapshot are shown (the first paint's own numbers).
 */
function cardKpis(kpis: QueryState<KpiSummary>, outlook: Outlook | null, years: Map<number, number> | null, path: 'linear' | 'compound'): QueryState<GoalKpis> {
  if (kpis.status === 'error') return kpis;
  const snapshot = kpis.status === 'loading' && kpis.snapshot === true;
  const data = kpis.data ? (goalKpis(kpis.data, outlook, years, path) ?? (snapshot ? firstPaintCards() : null)) : null;
  if (kpis.status === 'ready' && data) return { status: 'ready', data, error: null };
  return { status: 'loading', data, error: null, ...(snapshot ? { snapshot: true } : {}) };
}
