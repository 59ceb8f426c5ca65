import type { GoalKpis } from '../../analytics/goal-kpis';
import { useI18n } from '../../i18n/i18n-context';
import { SourceLink } from '../components/SourceLink';
import { firstSource } from '../components/first-source';
import { KpiCard } from './KpiCard';

/** The goal itself: amount, its period, when this version was set, and its source. */
export function GoalCard({ k }: { k: GoalKpis }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!k.goalStart || !k.goalEnd) return null;
  const period = i18n.period(k.goalStart, k.goalEnd);
  const amount = k.goalInForce;
  return (
    <KpiCard
      testId="kpi-goal"
      label={t('kpi.goal')}
      value={amount}
      display={amount === null ? '—' : i18n.euro(amount)}
      detail={
        amount === null ? (
          t('kpi.goalNotSetYet', { asOf: i18n.date(k.asOf ?? ''), date: i18n.date(k.originalSetOn ?? ''), amount: i18n.euro(k.goalOriginal ?? 0) })
        ) : (
          <>
            {t('kpi.goalDetail', { period, date: i18n.date(k.inForceSetOn ?? '') })}
            <InForceSource source={k.inForceSource} />
          </>
        )
      }
    />
  );
}

/** ' · source' for the goal version in force (its first source), or nothing without one. */
export function InForceSource({ source }: { source: string | null }) {
  const { t } = useI18n();
  if (!source) return null;
  return (
    <>
      {' · '}
      <SourceLink source={firstSource(source)} label={t('kpi.source')} />
    </>
  );
}

/** How a target before the goal year was phased: from which base year, on which path. */
export function PhasedTargetDetail({ k }: { k: GoalKpis }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!k.phasing || !k.windowStart || !k.windowEnd) return null;
  const path = t(k.phasing.path === 'compound' ? 'kpi.pathCompound' : 'kpi.pathLinear');
  const base = k.phasing.baseYear;
  const baseAmount = k.phasing.baseAmount;
  return (
    <>
      {base !== null
        ? t('kpi.targetPhased', {
            path,
            base: String(base),
            baseAmount: baseAmount === null ? '—' : i18n.euro(baseAmount),
            year: (k.goalEnd ?? '').slice(0, 4),
          })
        : t('kpi.targetPhasedNoBase', { period: i18n.period(k.phasing.measuredFrom, k.goalEnd ?? k.windowEnd) })}
    </>
  );
}

/** The goal period's forecast from the history up to the as-of date, with its interval. */
export function ProjectionAheadDetail({ k }: { k: GoalKpis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const p = k.ahead?.projection;
  const period = k.goalStart && k.goalEnd ? i18n.period(k.goalStart, k.goalEnd) : '';
  const asOf = i18n.date(k.ahead?.asOf ?? '');
  if (!p) return <>{t('kpi.projectionAheadNone', { asOf, period })}</>;
  return <>{t('kpi.projectionAhead', { period, asOf, level: i18n.percent(p.level), lower: i18n.euro(p.lower), upper: i18n.euro(p.upper) })}</>;
}

/** What the window measures, and the growth it takes to reach the goal: the number repeated in the meeting. */
export function AheadNotes({ k }: { k: GoalKpis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ahead = k.ahead;
  if (!ahead) return null;
  const base = k.phasing?.baseYear ?? null;
  const measured =
    k.target === null
      ? t('kpi.measuredNone', { date: i18n.date(k.phasing?.measuredFrom ?? k.goalStart ?? '') })
      : base !== null && k.windowStart && k.windowEnd && k.phasing?.trimmed
        ? t('kpi.measuredFrom', { period: i18n.period(k.windowStart, k.windowEnd), base: String(base) })
        : null;
  return (
    <>
      {measured ? (
        <p className="kpi-note" data-testid="kpi-measured">
          {measured}
        </p>
      ) : null}
      <GrowthNote k={k} />
    </>
  );
}

export function GrowthNote({ k }: { k: GoalKpis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ahead = k.ahead;
  if (!ahead?.runRate || ahead.requiredGrowth === null || k.goalInForce === null || !k.goalEnd) return null;
  // A run-rate ending on 31 December is a calendar year, named by its year.
  const yearly = ahead.runRate.end.endsWith('-12-31');
  const text = t(yearly ? 'goal.growthYearly' : 'goal.growth', {
    goal: i18n.euro(k.goalInForce),
    year: k.goalEnd.slice(0, 4),
    required: i18n.percent(ahead.requiredGrowth),
    runRate: i18n.euro(ahead.runRate.latest),
    end: yearly ? ahead.runRate.end.slice(0, 4) : i18n.date(ahead.runRate.end),
    achieved: ahead.achievedGrowth === null ? t('goal.growthUnknown') : i18n.percent(ahead.achievedGrowth),
  });
  return (
    <p
      className="kpi-note goal-growth"
      data-testid="goal-growth"
      data-value={String(ahead.requiredGrowth)}
      data-achieved={ahead.achievedGrowth === null ? '' : String(ahead.achievedGrowth)}
    >
      {text}
    </p>
  );
}
