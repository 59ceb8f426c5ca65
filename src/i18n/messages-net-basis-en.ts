/**
 * English text that says a figure is measured net of the platforms' commission (`basis=net`):
 * the goal-progress chart and the outlook measure on the same basis as the KPI cards.
 */
export const netBasisEn = {
  'chart.goalProgressSubNet': 'Cumulative revenue net of platform commission over the goal period against a straight-line path to each version of the goal',
  'chart.cumulativeActualNet': 'Cumulative actual, net of commission',
  'chart.axisCumulativeNet': 'Cumulative net revenue (€)',
  'forecast.subtitleNet':
    'Revenue net of platform commission {unit}, the chosen model’s forecast with its prediction interval, and the target path of each version of the goal for {period}',
  'forecast.axisNet': 'Net revenue {unit} (€)',
  'forecast.actualNet': 'Actual, net of commission',
  'pacing.basisNet':
    'Measured net of platform commission, like the KPIs: revenue to date, run-rates, projections and forecast (commission as recorded, else per the fee schedule in force).',
  'scenario.resultNet':
    'With this scenario: {amount} net of commission by the deadline ({change}), {percent} of the goal — {status}. Before commission: {gross}.',
  'scenario.resultNeutralNet': 'At the current pace: {amount} net of commission by the deadline, {percent} of the goal — {status}. Before commission: {gross}.',
  'scenario.rowGross': 'Before commission',
  'phasing.actualNet': 'Actual, net',
} as const;
