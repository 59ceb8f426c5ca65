/**
 * English text of the goal judged as of a date: the goal card, a target phased back to a period
 * before the goal year, the forecast of the goal's own year, the growth it takes, the goal and
 * as-of controls.
 */
export const goalEn = {
  'kpi.goal': 'Goal',
  'kpi.goalDetail': 'for {period} · set {date}',
  'kpi.goalNotSetYet': 'not set yet on {asOf}: first set {date} ({amount})',
  'kpi.targetPhased': 'The {year} goal phased back to this period: {path} from {base}’s {baseAmount}',
  'kpi.targetPhasedNoBase': 'Phased over {period}',
  'kpi.pathCompound': 'constant yearly growth',
  'kpi.pathLinear': 'a straight line',
  'kpi.measuredFrom':
    'Measured on {period}. {base} is the last full year known when the goal was set: the target path starts from its actual, so it is not compared with a target.',
  'kpi.measuredNone':
    'This period ends before {date}, where the target path to the goal starts: there is no target to compare it with. The goal and its forecast are shown.',
  'kpi.projectionAhead': 'Forecast of {period} from the data up to {asOf}; {level} interval {lower} – {upper}',
  'kpi.projectionAheadNone': 'Too little history up to {asOf} to forecast {period}',
  'goal.growth': 'To reach {goal} in {year}: {required} a year from {runRate} (the 12 months to {end}); achieved over the last year: {achieved}.',
  'goal.growthYearly': 'To reach {goal} in {year}: {required} a year from {runRate} ({end}); achieved over the last year: {achieved}.',
  'goal.growthUnknown': 'not known',
  'goal.notFound': 'No goal ends on {date} for this selection: showing the goal that matters as of {asOf}.',
  'pacing.aheadAsOf':
    'Judged as of {asOf}, before the goal’s period ({period}): the forecast of that period, fitted on the history up to {asOf}, against the goal.',
  'pacing.aheadProjection': 'Forecast for {period}',
  'pacing.aheadProjectionValue': '{amount} ({percent} of the goal of {goal}); {level} interval {lower} – {upper}',
  'pacing.aheadGrowth': 'Growth needed each year',
  'pacing.aheadScenario': 'Scenarios act on the goal’s own period: they open once the as-of date is inside it.',
  'filters.goal': 'Goal',
  'filters.goalAuto': 'The goal that matters as of the period’s end',
  'filters.goalGroup': 'Goal for {period}',
  'filters.goalOption': '{amount} for {year}',
  'filters.goalVersion': '{amount}, set {date}',
  'filters.datePlaceholder': 'dd/mm/yyyy',
  'filters.dateInvalid': 'Type a day as dd/mm/yyyy, from {min} to {max}.',
  'filters.asOf': 'As of',
  'filters.asOfHelp': 'See the dashboard as it stood on a date: the data up to that day and the goals as known then.',
  'progress.aheadTitle': 'Progress towards the goal',
  'progress.aheadSubtitle':
    'Actual revenue {unit} up to {asOf}, the phased path of every version of the goal to {deadline}, and the forecast with its {level} interval',
  'progress.forecast': 'Forecast (yearly sum of the model’s months)',
  'progress.goalMarker': 'Goal: {amount}',
  'progress.noTarget':
    'No target for this selection, so there is no path to draw. The revenue is shown above; load a targets file on the Data page, or clear the region, category or channel filters.',
} as const;
