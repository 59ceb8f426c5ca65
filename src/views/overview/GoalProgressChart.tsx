import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { SeriesInTurn } from '../components/draw-in-turn';
import { UNMEASURED_TICK } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable';
import { useI18n } from '../../i18n/i18n-context';
import { useAxisTitle } from '../components/use-chart-props';
import type { QueryState } from '../../hooks/use-named-query';
import type { DatedEvent } from '../../queries/events';
import type { GoalProgress } from '../../queries/goal-progress';
import type { KpiSummary } from '../../queries/kpi-summary';
import type { RevenueBasis } from '../../state/filters';
import { ChartCard } from '../components/ChartCard';
import { niceTicks } from '../components/axis-ticks';
import { euroTooltip } from '../components/chart-format';
import { SourceLink } from '../components/SourceLink';
import { firstSource } from '../components/first-source';
import { TemplateDownload } from '../components/TemplateDownload';
import { TARGETS_TEMPLATE } from '../../model/csv-templates';
import { eventTime, goalChartPoints } from './goal-progress-model';
import { seriesId } from '../components/series-id';

interface GoalProgressChartProps {
  progress: QueryState<GoalProgress>;
  kpis: KpiSummary | null;
  events: DatedEvent[];
  /** What the cumulative actual measures: gross revenue, or revenue net of commission. */
  basis: RevenueBasis;
  /** Where the target is missing: a form to type the goal (uploaded datasets only). */
  goalForm?: React.ReactNode;
}

const MARGIN = { top: 24, right: 24, bottom: 8, left: 16 };
const ACTUAL_DOT = { r: 2 };
const isoOf = (x: number) => new Date(x).toISOString().slice(0, 10);

export function GoalProgressChart({ progress, kpis, events, basis, goalForm }: GoalProgressChartProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const data = progress.data;
  const points = data ? goalChartPoints(data) : [];
  const inForce = data?.targetInForce ?? null;
  const original = data?.targetOriginal ?? null;
  const restated = inForce !== null && original !== null && inForce !== original;
  const start = points[0]?.x ?? 0;
  const end = points[points.length - 1]?.x ?? 0;
  const shownEvents = events.filter((e) => eventTime(e.date) >= start && eventTime(e.date) <= end);
  // Ticks at bucket ends only (the zero point on day one would repeat the first month's name).
  const ends = points.slice(1).map((p) => p.x);
  // Revenue but no goal: say the target is missing (not "no data") and offer the way to add one.
  const targetMissing = (kpis?.actual ?? 0) > 0 && (data?.targetInForce ?? null) === null;
  const subtitle = t(basis === 'net' ? 'chart.goalProgressSubNet' : 'chart.goalProgressSub');
  // Recharts' props keep their identity while their content is the same (components/use-chart-props.ts).
  const ticks = useStableValue(ends.length > 13 ? ends.filter((_, i) => i % Math.ceil(ends.length / 12) === 0) : ends);
  const xDomain = useStableValue([start, end]);
  // Nice steps up to the highest of the actual and both goals (Recharts' own padding gave €4.5bn then €5.4bn).
  const highest = Math.max(0, original ?? 0, inForce ?? 0, ...points.flatMap((p) => [p.actual ?? 0, p.pathInForce ?? 0, p.pathOriginal ?? 0]));
  const yTicks = useStableValue(niceTicks(highest * 1.02, 5));
  const yDomain = useStableValue([0, yTicks[yTicks.length - 1]!]);
  const yTitle = useAxisTitle(t(basis === 'net' ? 'chart.axisCumulativeNet' : 'chart.axisCumulative'));
  const monthTick = useMemo(() => (x: number) => i18n.month(isoOf(x)), [i18n]);
  const dayLabel = useMemo(() => (x: unknown) => i18n.date(isoOf(Number(x))), [i18n]);
  const originalText =
    original !== null && restated ? t('chart.goalOriginal', { amount: i18n.euro(original), date: i18n.date(kpis?.originalSetOn ?? '') }) : '';
  const originalLabel = useMemo(() => ({ value: originalText, position: 'insideTopLeft' as const, fill: '#64748b', fontSize: 12 }), [originalText]);
  const inForceText = inForce !== null ? t('chart.goalInForce', { amount: i18n.euro(inForce), date: i18n.date(kpis?.inForceSetOn ?? '') }) : '';
  const inForcePosition = restated ? ('insideBottomLeft' as const) : ('insideTopLeft' as const);
  const inForceLabel = useMemo(() => ({ value: inForceText, position: inForcePosition, fill: '#0f172a', fontSize: 12 }), [inForceText, inForcePosition]);

  return (
    <ChartCard
      testId="chart-goal-progress"
      title={t('chart.goalProgress')}
      subtitle={data?.goalStart && data.goalEnd ? `${subtitle} · ${i18n.period(data.goalStart, data.goalEnd)}` : subtitle}
      status={progress.status}
      error={progress.error}
      empty={points.length === 0}
      emptyMessage={
        targetMissing ? (
          <div className="target-missing" data-testid="goal-target-missing">
            <strong>{t('goal.missingTitle')}</strong>
            <span>{t('goal.missing')}</span>
            <TemplateDownload template={TARGETS_TEMPLATE} label={t('goal.templateTargets')} testId="template-targets" />
            {goalForm}
          </div>
        ) : undefined
      }
      footer={
        kpis?.inForceSource ? (
          <span>
            {i18n.dataText(kpis.inForceLabel ?? '')} · <SourceLink source={firstSource(kpis.inForceSource)} />
            {restated && kpis.originalSource ? (
              <>
                {' · '}
                {i18n.dataText(kpis.originalLabel ?? '')} · <SourceLink source={firstSource(kpis.originalSource)} />
              </>
            ) : null}
          </span>
        ) : null
      }
      exportData={{
        columns: ['bucket_end', 'revenue_eur', 'cumulative_eur', 'path_in_force_eur', 'path_original_eur'],
        rows: (data?.points ?? []).map((p) => [p.bucketEnd, p.revenue, p.cumulativeActual, p.pathInForce, p.pathOriginal]),
      }}
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart data={points} margin={MARGIN}>
          <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
          <XAxis dataKey="x" type="number" scale="time" domain={xDomain} ticks={ticks} tickFormatter={monthTick} tick={UNMEASURED_TICK} />
          <YAxis tickFormatter={i18n.euro} tick={UNMEASURED_TICK} width={80} ticks={yTicks} interval={0} domain={yDomain} label={yTitle} />
          <ChartTooltip labelFormatter={dayLabel} formatter={euroTooltip(i18n)} />
          <Legend verticalAlign="bottom" height={28} />
          <SeriesInTurn>
            {shownEvents.map((e) => (
              <ReferenceLine key={`${e.date}-${e.label}`} x={eventTime(e.date)} stroke="#94a3b8" strokeDasharray="2 4" ifOverflow="hidden" />
            ))}
            {original !== null && restated ? <ReferenceLine y={original} stroke="#94a3b8" strokeDasharray="6 4" label={originalLabel} /> : null}
            {inForce !== null ? <ReferenceLine y={inForce} stroke="#0f172a" strokeDasharray="6 4" label={inForceLabel} /> : null}
            {restated ? (
              <Line
                id={seriesId('goal-progress', 'path-original')}
                dataKey="pathOriginal"
                name={t('chart.pathOriginal', { amount: i18n.euro(original) })}
                stroke="#94a3b8"
                strokeDasharray="3 3"
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ) : null}
            {inForce !== null ? (
              <Line
                id={seriesId('goal-progress', 'path-in-force')}
                dataKey="pathInForce"
                name={t('chart.pathInForce', { amount: i18n.euro(inForce) })}
                stroke="#0f172a"
                strokeDasharray="6 3"
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ) : null}
            <Line
              id={seriesId('goal-progress', 'actual')}
              dataKey="actual"
              name={t(basis === 'net' ? 'chart.cumulativeActualNet' : 'chart.cumulativeActual')}
              stroke="#16a34a"
              strokeWidth={3}
              dot={ACTUAL_DOT}
              isAnimationActive={false}
            />
          </SeriesInTurn>
        </ComposedChart>
      </ResponsiveContainer>
      {shownEvents.length > 0 ? (
        <ul className="event-list" aria-label={t('chart.events')}>
          {shownEvents.map((e) => (
            <li key={`${e.date}-${e.label}`}>
              <time dateTime={e.date}>{i18n.date(e.date)}</time> — {i18n.dataText(e.label)}
              {e.sourceUrl ? (
                <>
                  {' '}
                  (<SourceLink source={e.sourceUrl} />)
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </ChartCard>
  );
}
