import type { ForecastModelId } from '../model/forecast-model-id';
import type { PhasingChoice } from '../model/phasing-choice';
import type { RevenueBasis } from '../state/filters';
import { chooseModel, evaluateModels, FORECAST_MODELS, type ModelEvaluation } from './forecast-evaluation';
import { goalAhead, type GoalAhead } from './goal-ahead';
import { forecastToDeadline, regularTail, type DeadlineForecast } from './forecast-to-deadline';
import { measuredRevenue } from './measured-revenue';
import { pace, type Pacing } from './pacing';
import { addDays, type PeriodGrain } from './periods';
import { revenueHistory, type ChannelPeriodRow, type RevenueHistory } from './revenue-history';
import type { ChannelToDate, ScenarioBaseline } from './scenario';
import { originalPlan, planVersion, scopeVersions, type GoalVersionRow, type VersionPlan } from './target-path';

/**
 * What the outlook is computed from: the named queries' rows and the KPI's projection. Every
 * amount the outlook shows is measured on `basis`, like the KPI cards: `rows` and `projection`
 * arrive measured (SQL), `toDate` as gross revenue and commission per channel (the scenario
 * moves them apart) and is measured here.
 */
export interface OutlookInput {
  grain: PeriodGrain;
  /** Gross, or net of the platforms' commission; gross when absent. */
  basis?: RevenueBasis;
  /** Revenue on the basis by period and channel of the goal's scope, from the first data up to the as-of date. */
  rows: readonly ChannelPeriodRow[];
  /** The goal period so far, by channel: gross revenue and commission. */
  toDate: readonly ChannelToDate[];
  /** Last day with data in the goal period; null when the period has none yet. */
  lastDate: string | null;
  /** The chosen period's last day (the as-of date); when it is before the goal's start, the goal is ahead. */
  asOf?: string | null;
  goal: { start: string; end: string; inForce: number } | null;
  versions: readonly GoalVersionRow[];
  /** The KPI's run-rate projection at the deadline, on the basis. */
  projection: number | null;
  phasing: PhasingChoice;
  /** The viewer's model, or null to let the hold-out evaluation choose. */
  model: ForecastModelId | null;
}

export interface OutlookForecast {
  holdOut: number;
  evaluations: ModelEvaluation[];
  chosen: ForecastModelId | null;
  /** The evaluation's own pick (lowest hold-out MAPE), whatever the viewer chose. */
  best: ForecastModelId | null;
  /** Whether `chosen` is the evaluation's pick rather than the viewer's. */
  automatic: boolean;
  deadline: DeadlineForecast | null;
  /** The periods the models were fitted on (the regular stretch at the end of the history). */
  fittedPeriods: number;
}

export type Outlook =
  | { kind: 'no-goal' }
  | {
      kind: 'goal';
      grain: PeriodGrain;
      /** What every amount below measures: gross revenue, or revenue net of commission. */
      basis: RevenueBasis;
      goal: { start: string; end: string; inForce: number };
      history: RevenueHistory;
      /** Every version of the goal known as of the chosen date, phased; the last one is in force. */
      plans: VersionPlan[];
      /** The original goal's plan, when the goal in force restated it (a different amount); else null. */
      restatedFrom: VersionPlan | null;
      forecast: OutlookForecast;
      /** Null until the goal period has revenue. */
      pacing: Pacing | null;
      baseline: ScenarioBaseline | null;
      /** Revenue to date in the goal period (on the basis), and its last day with data (null before any). */
      toDate: number;
      lastDate: string | null;
      /** The goal judged before its period starts (null once the as-of date is inside or after it). */
      ahead: GoalAhead | null;
    };

/** A season is a year: 12 months, or one period for yearly figures. */
export const seasonOf = (grain: PeriodGrain) => (grain === 'month' ? 12 : 1);

/** Assembles phasing, forecasts, pacing and the scenario baseline of the goal in force. */
export function buildOutlook(input: OutlookInput): Outlook {
  const { goal, grain } = input;
  const basis = input.basis ?? 'gross';
  if (!goal) return { kind: 'no-goal' };
  // Before any revenue in the goal period, the forecast starts from the as-of date when that is
  // before the goal's start (the goal is ahead), else from the day before the goal.
  const dayBefore = addDays(goal.start, -1);
  const isAhead = !input.lastDate && !!input.asOf && input.asOf < goal.start;
  const asOf = input.lastDate ?? (isAhead ? input.asOf! : dayBefore);
  const history = revenueHistory(input.rows, grain, asOf);
  const plans = scopeVersions(input.versions).map((v) => planVersion(v, goal, history, input.phasing));
  const original = originalPlan(plans);
  const inForce = plans[plans.length - 1];
  const season = seasonOf(grain);
  const series = regularTail(history.totals);
  const { holdOut, evaluations } = evaluateModels(series, season);
  const chosen = chooseModel(evaluations, input.model);
  const model = FORECAST_MODELS.find((m) => m.id === chosen);
  // Only the goal's own period counts towards it, however far ahead it is.
  const countFrom = isAhead ? goal.start : addDays(asOf, 1);
  const deadline = model ? forecastToDeadline(model, history, season, asOf, goal.end, undefined, countFrom) : null;
  const toDate = input.toDate.reduce((sum, c) => sum + measuredRevenue(c.revenue, c.commission, basis), 0);
  const pacingInput = input.lastDate ? { goal: goal.inForce, goalStart: goal.start, goalEnd: goal.end, lastDate: input.lastDate, toDate, grain } : null;
  const projection = input.projection;
  return {
    kind: 'goal',
    grain,
    basis,
    goal,
    history,
    plans,
    restatedFrom: original && inForce && original !== inForce && original.version.amount !== inForce.version.amount ? original : null,
    forecast: { holdOut, evaluations, chosen, best: chooseModel(evaluations, null), automatic: chosen !== input.model, deadline, fittedPeriods: series.length },
    pacing: pacingInput && projection !== null ? pace({ ...pacingInput, projection }) : null,
    baseline:
      pacingInput && projection !== null
        ? { pacing: pacingInput, projection, basis, channels: [...input.toDate], model: deadline ? deadline.remaining : null }
        : null,
    toDate,
    lastDate: input.lastDate,
    ahead: isAhead ? goalAhead({ asOf, goal, history, forecast: deadline }) : null,
  };
}
