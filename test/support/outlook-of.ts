import type { OutlookInput } from '../../src/analytics/outlook';
import { outlookFromAnswers } from '../../src/analytics/outlook-answers';
import type { ColumnarResult, Engine } from '../../src/engine/engine';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';
import type { BuiltQuery } from '../../src/queries/built-query';
import { goalToDateQuery, readGoalToDate } from '../../src/queries/goal-to-date';
import { goalVersionsQuery, readGoalVersions } from '../../src/queries/goal-versions';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { outlookSeriesQuery, readOutlookSeries } from '../../src/queries/outlook-series';
import type { Filters } from '../../src/state/filters';

export const runQuery = async <T>(engine: Engine, query: BuiltQuery, read: (r: ColumnarResult) => T): Promise<T> =>
  read(await engine.query(query.sql, query.params));

/** The outlook exactly as the page assembles it from the named queries (`hooks/use-outlook.ts`). */
export async function outlookOf(engine: Engine, filters: Filters, grain: 'month' | 'year') {
  const run = <T>(query: BuiltQuery, read: (r: ColumnarResult) => T) => runQuery(engine, query, read);
  const kpis = await run(kpiSummaryQuery(filters), readKpiSummary);
  const toDate = await run(goalToDateQuery(filters), readGoalToDate);
  const series = await run(outlookSeriesQuery(filters, grain), readOutlookSeries);
  const versions = await run(goalVersionsQuery(filters), readGoalVersions);
  const input: OutlookInput = {
    grain,
    basis: filters.basis,
    rows: series,
    toDate: toDate.channels,
    lastDate: toDate.lastDate,
    asOf: kpis.asOf,
    goal: kpis.goalStart && kpis.goalEnd && kpis.goalInForce !== null ? { start: kpis.goalStart, end: kpis.goalEnd, inForce: kpis.goalInForce } : null,
    versions,
    projection: kpis.projection,
    phasing: DEFAULT_PHASING,
    model: null,
  };
  const outlook = outlookFromAnswers({ kpis, series, toDate, versions }, { grain, basis: filters.basis, phasing: DEFAULT_PHASING, model: null });
  return { kpis, input, outlook };
}
