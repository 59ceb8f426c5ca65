import type { GoalKpis } from '../analytics/goal-kpis';
import { goalKpis } from '../analytics/goal-kpis';
import { outlookFromAnswers } from '../analytics/outlook-answers';
import type { ColumnarResult } from '../engine/engine';
import { goalBucket } from '../queries/overview-queries';
import { overviewAnswersFrom } from '../session/overview-client';
import type { Filters } from '../state/filters';
import { DEFAULT_VIEW_SETTINGS } from '../state/view-settings';
import type { BuiltQuery } from '../queries/built-query';

/**
 * The default view's KPI cards as the page computes them (hooks/use-outlook.ts), from the
 * snapshot's answers: before the goal year they need the outlook, which the page fits in a
 * worker, so the build computes them once and the snapshot carries them.
 */
export function firstPaintKpis(filters: Filters, answer: (query: BuiltQuery) => ColumnarResult | undefined): GoalKpis | null {
  const all = overviewAnswersFrom(answer, filters);
  if (!all) return null;
  const kpis = all.kpis;
  const answers = { kpis, series: all.outlookSeries, toDate: all.goalToDate, versions: all.goalVersions };
  const grain = goalBucket(filters) === 'year' ? 'year' : 'month';
  const outlook = outlookFromAnswers(answers, {
    grain,
    basis: filters.basis,
    phasing: DEFAULT_VIEW_SETTINGS.phasing,
    model: DEFAULT_VIEW_SETTINGS.forecastModel,
  });
  return goalKpis(kpis, outlook, all.periodYears, DEFAULT_VIEW_SETTINGS.phasing.path);
}
