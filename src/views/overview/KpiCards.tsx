import { useI18n } from '../../i18n/i18n-context';
import { firstPaintBuiltAt } from '../../session/first-paint-data';
import type { QueryState } from '../../hooks/use-named-query';
import type { GoalKpis } from '../../analytics/goal-kpis';
import type { RevenueBasis } from '../../state/filters';
import { KpiCard } from './KpiCard';
import { AheadNotes, GoalCard, InForceSource, PhasedTargetDetail, ProjectionAheadDetail } from './GoalCards';

function attainmentTone(attainment: number | null): 'neutral' | 'good' | 'warn' | 'bad' {
  if (attainment === null) return 'neutral';
  if (attainment >= 1) return 'good';
  return attainment >= 0.9 ? 'warn' : 'bad';
}

interface KpiCardsProps {
  state: QueryState<GoalKpis>;
  /** The projection under the outlook's scenario, when one is set (the run-rate projection otherwise). */
  scenarioProjection?: number | null;
  /** Whether revenue is measured gross or net of platform commission. */
  basis?: RevenueBasis;
}

export function KpiCards({ state, scenarioProjection = null, basis = 'gross' }: KpiCardsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const k = state.data;
  if (!k) {
    return (
      <div className="kpi-row" aria-busy="true">
        {state.status === 'error' ? (
          <div className="card panel-error" role="alert">
            <strong>{t('error.panel')}</strong> {t('error.panelHelp', { message: i18n.errorText(state.error) })}
          </div>
        ) : (
          <div className="card kpi kpi-placeholder">{t('chart.loading')}</div>
        )}
      </div>
    );
  }
  const money = (value: number | null) => (value === null ? '—' : i18n.euro(value));
  const windowText = k.windowStart && k.windowEnd ? i18n.period(k.windowStart, k.windowEnd) : '';
  const goalText = k.goalStart && k.goalEnd ? i18n.period(k.goalStart, k.goalEnd) : '';
  const hasTarget = k.target !== null;
  const partial = hasTarget && (k.windowStart !== k.goalStart || k.windowEnd !== k.goalEnd);
  const restated = k.versionCount > 1 && k.inForceSetOn !== k.originalSetOn;
  // Same meaning (euros at the deadline), moved by the scenario's levers when one is set.
  const projection = k.projection !== null && scenarioProjection !== null ? scenarioProjection : k.projection;
  // Build-time figures are marked as such until live ones replace them (same values, same layout).
  const snapshot = state.status === 'loading' && state.snapshot === true;

  return (
    <div className="kpi-block" data-snapshot={snapshot ? 'build' : undefined}>
      {snapshot ? (
        <span className="snapshot-badge" data-testid="snapshot-badge" title={t('snapshot.help', { date: i18n.date((firstPaintBuiltAt() ?? '').slice(0, 10)) })}>
          {t('snapshot.badge')}
        </span>
      ) : null}
      <div className="kpi-row">
        <KpiCard
          testId="kpi-actual"
          label={t(basis === 'net' ? 'kpi.actualNet' : 'kpi.actual')}
          value={k.actual}
          display={money(k.actual)}
          detail={windowText || t('kpi.noData')}
        />
        <KpiCard
          testId="kpi-target"
          label={t('kpi.target')}
          value={k.target}
          display={hasTarget ? money(k.target) : '—'}
          detail={
            hasTarget && k.ahead ? (
              <PhasedTargetDetail k={k} />
            ) : hasTarget ? (
              <>
                {goalText} ·{' '}
                {restated
                  ? t('kpi.restatedFrom', {
                      date: i18n.date(k.inForceSetOn ?? ''),
                      amount: money(k.originalTarget),
                      original: i18n.date(k.originalSetOn ?? ''),
                    })
                  : t('kpi.setOn', { date: i18n.date(k.inForceSetOn ?? '') })}
                <InForceSource source={k.inForceSource} />
              </>
            ) : (
              <span title={t('kpi.noTargetHelp')}>{t('kpi.noTarget')}</span>
            )
          }
        />
        <KpiCard
          testId="kpi-attainment"
          label={t('kpi.attainment')}
          value={k.attainment}
          display={k.attainment === null ? '—' : i18n.percent(k.attainment)}
          tone={attainmentTone(k.attainment)}
          detail={
            <span data-testid="kpi-attainment-original" data-value={k.attainmentOriginal === null ? '' : String(k.attainmentOriginal)}>
              {k.attainmentOriginal !== null && restated
                ? t('kpi.attainmentOriginalValue', { amount: money(k.originalTarget), percent: i18n.percent(k.attainmentOriginal) })
                : ''}
            </span>
          }
        >
          {k.attainment !== null ? (
            <div
              className="meter"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(k.attainment * 100)}
              aria-label={t('kpi.attainment')}
            >
              <div className="meter-fill" style={{ width: `${Math.min(100, Math.max(0, k.attainment * 100))}%` }} />
              {k.attainmentOriginal !== null && restated ? (
                // Same 0–100% scale as the fill: where the actual stands against the original goal.
                <div className="meter-mark" style={{ left: `${Math.min(100, Math.max(0, k.attainmentOriginal * 100))}%` }} />
              ) : null}
            </div>
          ) : null}
        </KpiCard>
        <KpiCard
          testId="kpi-gap"
          label={t('kpi.gap')}
          value={k.gap}
          display={k.gap === null ? '—' : money(Math.abs(k.gap))}
          tone={k.gap === null ? 'neutral' : k.gap <= 0 ? 'good' : 'bad'}
          detail={k.gap === null ? t('kpi.noTarget') : k.gap < 0 ? t('kpi.gapAhead') : k.gap === 0 ? t('kpi.gapMet') : t('kpi.gapBehind')}
        />
        <KpiCard
          testId="kpi-projection"
          label={t('kpi.projection')}
          value={projection}
          display={money(projection)}
          tone={projection === null || k.goalInForce === null ? 'neutral' : projection >= k.goalInForce ? 'good' : 'warn'}
          detail={
            k.ahead ? (
              <ProjectionAheadDetail k={k} />
            ) : projection !== null && k.goalStart && k.goalEnd && k.lastDate ? (
              t(scenarioProjection !== null ? 'kpi.projectionScenario' : 'kpi.projectionHelp', {
                start: i18n.date(k.goalStart),
                last: i18n.date(k.lastDate),
                end: i18n.date(k.goalEnd),
              })
            ) : (
              t('kpi.noTarget')
            )
          }
        />
        <GoalCard k={k} />
      </div>
      {k.ahead ? <AheadNotes k={k} /> : null}
      {partial && windowText && !k.ahead ? <p className="kpi-note">{t('kpi.partialWindow', { period: windowText })}</p> : null}
      {basis === 'net' ? (
        <p className="kpi-note" data-testid="kpi-net-note">
          {t('kpi.netNote')}
        </p>
      ) : null}
    </div>
  );
}
