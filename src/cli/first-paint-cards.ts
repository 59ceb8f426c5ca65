import type { GoalKpis } from '../analytics/goal-kpis';
import { goalKpis } from '../analytics/goal-kpis';
import { outlookFromAnswers } from '../analytics/outlook-answers';
import type { ColumnarResult } from '../engine/engine';
import { readGoalToDate } from '../queries/goal-to-date';
import { readGoalVersions } from '../queries/goal-versions';
import { readKpiSummary } from '../queries/kpi-summary';
import { readOutlookSeries } from '../queries/outlook-series';
import { goalBucket, overviewQueries } from '../queries/overview-queries';
import { readPeriodYears } from '../queries/period-years';
import type { Filters } from '../state/filters';
import { DEFAULT_VIEW_SETTINGS } from '../state/view-settings';
import type { BuiltQuery } from '../queries/built-query';

/**
 * The default view's KPI cards as the page computes them (hooks/use-outlook.ts), from the
 * snapshot's answers: before the goal year they need the outlook, which the page fits in a
 * worker, so the build computes them once and the snapshot carries them.
 */
export function firstPaintKpis(filters: Filters, answer: (query: BuiltQuery) => ColumnarResult): GoalKpis | null {
  const q = overviewQueries(filters);
  const kpis = readKpiSummary(answer(q.kpis));
  const answers = {
    kpis,
    series: readOutlookSeries(answer(q.outlookSeries)),
    toDate: readGoalToDate(answer(q.goalToDate)),
    versions: readGoalVersions(answer(q.goalVersions)),
  };
  const grain = goalBucket(filters) === 'year' ? 'year' : 'month';
  const outlook = outlookFromAnswers(answers, {
    grain,
    basis: filters.basis,
    phasing: DEFAULT_VIEW_SETTINGS.phasing,
    model: DEFAULT_VIEW_SETTINGS.forecastModel,
  });
  return goalKpis(kpis, outlook, readPeriodYears(answer(q.periodYears)), DEFAULT_VIEW_SETTINGS.phasing.path);
}
