import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { SeriesInTurn } from '../components/draw-in-turn';
import { UNMEASURED_TICK } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import type { Outlook } from '../../analytics/outlook';
import { useNarrowScreen } from '../../hooks/use-narrow-screen';
import { useMemo } from 'react';
import { useLatestCallback, useStableValue } from '../../hooks/use-stable';
import { useI18n } from '../../i18n/i18n-context';
import { useAxisTitle } from '../components/use-chart-props';
import { FORECAST_MODEL_IDS, isForecastModelId, type ForecastModelId } from '../../model/forecast-model-id';
import { ChartCard } from '../components/ChartCard';
import { SourceLink } from '../components/SourceLink';
import { forecastChartPoints, timeOf } from './forecast-chart-model';
import { modelName } from './outlook-format';
import { ModelTable } from './ModelTable';
import { seriesId } from '../components/series-id';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

interface ForecastChartProps {
  outlook: GoalOutlook;
  /** The scenario's ratio on the revenue still to come (1 without a scenario). */
  ratio: number;
  scenarioActive: boolean;
  model: ForecastModelId | null;
  onModelChange: (model: ForecastModelId | null) => void;
  status: 'loading' | 'ready' | 'error';
  footer: React.ReactNode;
}

const isoOf = (x: number) => new Date(x).toISOString().slice(0, 10);
const MARGIN = { top: 28, right: 24, bottom: 8, left: 16 };
const NARROW_MARGIN = { top: 12, right: 8, bottom: 8, left: 0 };
const DOT_SMALL = { r: 3 };
const DOT_LARGE = { r: 4 };
const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;

/**
 * Revenue per month (or year) against the phased target in force — a step where the goal was
 * restated — and the chosen model's forecast to the deadline with its prediction-interval band.
 */
export function ForecastChart({ outlook, ratio, scenarioActive, model, onModelChange, status, footer }: ForecastChartProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const points = forecastChartPoints(outlook, ratio);
  const { forecast, plans, grain, goal } = outlook;
  const chosen = forecast.chosen;
  const evaluation = forecast.evaluations.find((e) => e.id === chosen);
  // Monthly: the axis runs from the first month's first day to the deadline's month end.
  // Yearly: half a year of room on each side of the first and last year ends.
  const halfYear = 182 * 86_400_000;
  const first = points[0];
  const last = points[points.length - 1];
  const start = first ? (grain === 'year' ? first.x - halfYear : timeOf(first.period)) : 0;
  const end = last ? (grain === 'year' ? last.x + halfYear : last.x) : 0;
  // Monthly: a tick on each 1 January; yearly: each year's point.
  const yearTicks = points.filter((p) => p.period.endsWith('-01-01')).map((p) => (grain === 'year' ? p.x : timeOf(p.period)));
  const forecastable = chosen !== null && forecast.deadline !== null;
  const chosenName = chosen ? modelName(chosen, i18n) : '';
  const periodUnit = (n: number) => t(grain === 'year' ? (n === 1 ? 'outlook.year' : 'outlook.years') : n === 1 ? 'outlook.month' : 'outlook.months');
  const label = (x: number) => (grain === 'year' ? isoOf(x).slice(0, 4) : i18n.month(isoOf(x)));
  // Recharts' props keep their identity while their content is the same (components/use-chart-props.ts).
  // The tooltip's label is read on hover only: it may read this render's points from a stable function.
  const pointLabel = useLatestCallback((x: unknown) => {
    const point = points.find((p) => p.x === Number(x));
    return point ? (grain === 'year' ? point.period.slice(0, 4) : i18n.month(point.period)) : label(Number(x));
  });
  const money = useMemo(
    () => (v: unknown) =>
      Array.isArray(v) ? `${i18n.euro(Number(v[0]))} – ${i18n.euro(Number(v[1]))}` : typeof v === 'number' ? i18n.euro(v) : String(v ?? ''),
    [i18n],
  );
  const level = i18n.percent(forecast.deadline?.level ?? 0.8);
  const versionMarks = plans
    .map((plan, i) => ({ plan, first: i === 0 }))
    .filter(({ plan }) => timeOf(plan.version.setOn) >= start && timeOf(plan.version.setOn) <= end);
  const unit = t(grain === 'year' ? 'outlook.perYear' : 'outlook.perMonth');
  const net = outlook.basis === 'net';
  // A phone has no room for the marks' labels beside each other (the footer names every version)
  // nor for the axis title (the subtitle says what is counted); a year per tick is enough.
  const narrow = useNarrowScreen();
  const markLabel = <T,>(value: T): T | undefined => (narrow ? undefined : value);
  const shownTicks = narrow && yearTicks.length > 4 ? yearTicks.filter((_, i) => (yearTicks.length - 1 - i) % 2 === 0) : yearTicks;
  const tickText = useMemo(() => (x: number) => (narrow || grain === 'year' ? isoOf(x).slice(0, 4) : i18n.month(isoOf(x))), [narrow, grain, i18n]);
  const xDomain = useStableValue([start, end]);
  const xTicks = useStableValue(shownTicks);
  const yTitle = useAxisTitle(markLabel(t(net ? 'forecast.axisNet' : 'forecast.axis', { unit })));
  const versionLabels = useStableValue(
    versionMarks.map(({ plan, first }) =>
      markLabel({
        value: t(first ? 'forecast.goalSet' : 'forecast.goalRestated', { amount: i18n.euro(plan.version.amount), date: i18n.date(plan.version.setOn) }),
        position: 'insideTopLeft' as const,
        fill: first ? '#475569' : '#92400e',
        fontSize: 12,
      }),
    ),
  );
  const lastDataText = outlook.lastDate ? t('forecast.lastData', { date: i18n.date(outlook.lastDate) }) : '';
  const lastDataLabel = useMemo(
    () => (narrow ? undefined : { value: lastDataText, position: 'insideBottomRight' as const, fill: '#0f172a', fontSize: 12 }),
    [narrow, lastDataText],
  );
  const yearDot = grain === 'year' ? DOT_SMALL : false;

  return (
    <ChartCard
      testId="chart-forecast"
      title={t('forecast.title')}
      subtitle={t(net ? 'forecast.subtitleNet' : 'forecast.subtitle', { unit, period: i18n.period(goal.start, goal.end) })}
      status={status}
      error={null}
      empty={points.length === 0}
      footer={
        <span>
          {plans.map((plan) => (
            <span key={plan.version.setOn} className="forecast-version">
              {t('forecast.versionNote', {
                amount: i18n.euro(plan.version.amount),
                date: i18n.date(plan.version.setOn),
                base: plan.base ? `${plan.base.year} (${i18n.euro(plan.base.amount)})` : '—',
              })}{' '}
              {plan.version.sources.map((s) => (
                <SourceLink key={s} source={s} />
              ))}
              {' · '}
            </span>
          ))}
          {footer}
        </span>
      }
      exportData={{
        columns: ['period', 'actual_eur', 'forecast_eur', 'lower_eur', 'upper_eur', 'target_in_force_eur', 'target_original_eur'],
        rows: points.map((p) => [p.period, p.actual, p.forecast, p.band?.[0] ?? null, p.band?.[1] ?? null, p.target, p.original]),
      }}
    >
      {forecastable ? (
        <div className="chart-controls no-print">
          <label className="field field-inline">
            <span className="field-label">{t('forecast.modelLabel')}</span>
            <select data-testid="forecast-model" value={model ?? ''} onChange={(e) => onModelChange(isForecastModelId(e.target.value) ? e.target.value : null)}>
              <option value="">{t('forecast.modelAuto', { model: forecast.best ? modelName(forecast.best, i18n) : '—' })}</option>
              {FORECAST_MODEL_IDS.filter((id) => forecast.evaluations.find((e) => e.id === id)?.available).map((id) => (
                <option key={id} value={id}>
                  {modelName(id, i18n)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart data={points} margin={narrow ? NARROW_MARGIN : MARGIN}>
          <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
          <XAxis dataKey="x" type="number" scale="time" domain={xDomain} ticks={xTicks} tickFormatter={tickText} tick={UNMEASURED_TICK} />
          <YAxis tickFormatter={i18n.euro} tick={UNMEASURED_TICK} interval={0} width={80} label={yTitle} />
          <ChartTooltip labelFormatter={pointLabel} formatter={money} />
          <Legend verticalAlign="bottom" height={28} formatter={legendText} />
          <SeriesInTurn>
            {forecastable ? (
              <Area
                id={seriesId('forecast', 'band')}
                dataKey="band"
                name={t('forecast.band', { level })}
                fill="#c7d2fe"
                stroke="none"
                fillOpacity={0.7}
                legendType="square"
                isAnimationActive={false}
              />
            ) : null}
            {versionMarks.map(({ plan, first }, index) => (
              <ReferenceLine
                key={plan.version.setOn}
                x={timeOf(plan.version.setOn)}
                stroke={first ? '#94a3b8' : '#b45309'}
                strokeDasharray="4 3"
                label={versionLabels[index]}
              />
            ))}
            {outlook.lastDate && outlook.lastDate < goal.end ? (
              <ReferenceLine x={timeOf(outlook.lastDate)} stroke="#0f172a" strokeDasharray="2 3" label={lastDataLabel} />
            ) : null}
            {outlook.restatedFrom ? (
              <Line
                id={seriesId('forecast', 'original')}
                dataKey="original"
                name={t('forecast.original', { amount: i18n.euro(outlook.restatedFrom.version.amount) })}
                stroke="#94a3b8"
                strokeDasharray="3 3"
                dot={yearDot}
                isAnimationActive={false}
              />
            ) : null}
            <Line
              id={seriesId('forecast', 'target')}
              dataKey="target"
              name={t('forecast.target')}
              stroke="#0f172a"
              strokeDasharray="6 3"
              dot={yearDot}
              isAnimationActive={false}
            />
            <Line
              id={seriesId('forecast', 'actual')}
              dataKey="actual"
              name={t(net ? 'forecast.actualNet' : 'forecast.actual')}
              stroke="#16a34a"
              strokeWidth={2.5}
              dot={grain === 'year' ? DOT_LARGE : false}
              isAnimationActive={false}
            />
            {forecastable ? (
              <Line
                id={seriesId('forecast', 'forecast')}
                dataKey="forecast"
                name={t(scenarioActive ? 'forecast.lineScenario' : 'forecast.line', { model: chosenName })}
                stroke="#4338ca"
                strokeWidth={2.5}
                strokeDasharray="5 3"
                dot={false}
                isAnimationActive={false}
              />
            ) : null}
          </SeriesInTurn>
        </ComposedChart>
      </ResponsiveContainer>
      <p className="forecast-summary" data-testid="forecast-summary" data-model={chosen ?? ''} data-mape={evaluation?.mape ?? ''}>
        {forecastable
          ? t('forecast.summary', {
              model: chosenName,
              how: t(forecast.automatic ? 'forecast.howAuto' : 'forecast.howChosen'),
              mape: evaluation?.mape === null || evaluation?.mape === undefined ? t('forecast.notEvaluated') : i18n.percent(evaluation.mape),
              holdOut: forecast.holdOut,
              unit: periodUnit(forecast.holdOut),
              level,
            })
          : forecast.deadline === null && outlook.lastDate && outlook.lastDate >= goal.end
            ? t('forecast.periodOver')
            : t('forecast.noModel', { count: forecast.fittedPeriods })}
      </p>
      {forecastable ? <ModelTable evaluations={forecast.evaluations} chosen={chosen} holdOut={forecast.holdOut} grain={grain} /> : null}
    </ChartCard>
  );
}
