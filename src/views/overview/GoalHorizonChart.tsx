import { CartesianGrid, ComposedChart, ErrorBar, Legend, Line, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { SeriesInTurn } from '../components/draw-in-turn';
import { UNMEASURED_TICK } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import type { Outlook } from '../../analytics/outlook';
import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable';
import { useI18n } from '../../i18n/i18n-context';
import { ChartCard } from '../components/ChartCard';
import { euroTooltip } from '../components/chart-format';
import { niceTicks } from '../components/axis-ticks';
import { horizonPoints } from './goal-horizon-model';
import { seriesId } from '../components/series-id';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

const PLAN_COLOURS = ['#94a3b8', '#0f172a', '#7c3aed', '#b45309'];
const MARGIN = { top: 24, right: 24, bottom: 8, left: 16 };
const YEAR_DOMAIN = ['dataMin', 'dataMax'];
const YEAR_DOT = { r: 3 };
const INTERVAL_BARS = <ErrorBar dataKey="interval" width={8} stroke="#2563eb" direction="y" />;

/** "Progress towards the goal" when the goal lies ahead of the as-of date: years, not a cumulative year. */
export function GoalHorizonChart({ outlook }: { outlook: GoalOutlook }) {
  const i18n = useI18n();
  const { t } = i18n;
  const points = horizonPoints(outlook);
  const rows = points.map((p) => ({ ...p, ...Object.fromEntries(p.plans.map((v, i) => [`plan${i}`, v])) }));
  const level = outlook.forecast.deadline?.level ?? 0.8;
  const goalYear = Number(outlook.goal.end.slice(0, 4));
  // Nice steps up to the highest of the values, the interval's top and the goal (a padded domain gave €10.5bn then €12.1bn).
  const highest = Math.max(
    0,
    outlook.goal.inForce,
    ...points.flatMap((p) => [p.actual ?? 0, (p.forecast ?? 0) + (p.interval?.[1] ?? 0), ...p.plans.map((v) => v ?? 0)]),
  );
  // Recharts' props keep their identity while their content is the same (components/use-chart-props.ts).
  const yTicks = useStableValue(niceTicks(highest * 1.02, 5));
  const yDomain = useStableValue([0, yTicks[yTicks.length - 1]!]);
  const goalMarker = t('progress.goalMarker', { amount: i18n.euro(outlook.goal.inForce) });
  const goalLabel = useMemo(() => ({ value: goalMarker, position: 'insideTopLeft' as const, fill: '#0f172a', fontSize: 12 }), [goalMarker]);
  return (
    <ChartCard
      testId="chart-goal-progress"
      title={t('progress.aheadTitle')}
      subtitle={t('progress.aheadSubtitle', {
        unit: t('outlook.perYear'),
        asOf: i18n.date(outlook.ahead?.asOf ?? ''),
        deadline: i18n.date(outlook.goal.end),
        level: i18n.percent(level),
      })}
      status="ready"
      error={null}
      empty={points.length === 0}
      exportData={{
        columns: ['year', 'actual_eur', 'forecast_eur', ...outlook.plans.map((p) => `plan_${p.version.setOn}_eur`)],
        rows: points.map((p) => [p.year, p.actual, p.forecast, ...p.plans]),
      }}
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={rows} margin={MARGIN}>
          <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
          <XAxis dataKey="year" type="number" domain={YEAR_DOMAIN} allowDecimals={false} tickCount={Math.min(points.length, 12)} tick={UNMEASURED_TICK} />
          <YAxis tickFormatter={i18n.euro} tick={UNMEASURED_TICK} width={80} ticks={yTicks} interval={0} domain={yDomain} />
          <ChartTooltip formatter={euroTooltip(i18n)} />
          <Legend verticalAlign="bottom" height={28} />
          <SeriesInTurn>
            <ReferenceLine y={outlook.goal.inForce} stroke="#0f172a" strokeDasharray="6 4" label={goalLabel} />
            <ReferenceLine x={goalYear} stroke="#94a3b8" strokeDasharray="2 4" />
            {outlook.plans.map((plan, i) => (
              <Line
                key={plan.version.setOn}
                id={seriesId('goal-horizon', `plan${i}`)}
                dataKey={`plan${i}`}
                name={t('filters.goalVersion', { amount: i18n.euro(plan.version.amount), date: i18n.date(plan.version.setOn) })}
                stroke={PLAN_COLOURS[(i + (outlook.plans.length === 1 ? 1 : 0)) % PLAN_COLOURS.length]}
                strokeDasharray="6 3"
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
            <Line
              id={seriesId('goal-horizon', 'forecast')}
              dataKey="forecast"
              name={t('progress.forecast')}
              stroke="#2563eb"
              strokeDasharray="3 3"
              dot={YEAR_DOT}
              isAnimationActive={false}
              connectNulls
            >
              {INTERVAL_BARS}
            </Line>
            <Line
              id={seriesId('goal-horizon', 'actual')}
              dataKey="actual"
              name={t('forecast.actual')}
              stroke="#16a34a"
              strokeWidth={3}
              dot={YEAR_DOT}
              isAnimationActive={false}
              connectNulls={false}
            />
          </SeriesInTurn>
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
