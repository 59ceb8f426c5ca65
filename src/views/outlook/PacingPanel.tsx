import type { Outlook } from '../../analytics/outlook';
import { PACING_THRESHOLDS, type PacingStatus } from '../../analytics/pacing';
import { addDays, daysInclusive } from '../../analytics/periods';
import type { ScenarioResult } from '../../analytics/scenario';
import { useI18n } from '../../i18n/i18n-context';
import { isNeutralScenario, type Scenario } from '../../model/scenario';
import { SourceLink } from '../components/SourceLink';
import { AheadFacts } from './AheadFacts';
import { leverSummary } from './lever-summary';
import { modelName } from './outlook-format';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

interface PacingPanelProps {
  outlook: GoalOutlook;
  /** The scenario on the sliders applied; the pacing shown is the scenario's. */
  result: ScenarioResult | null;
  scenario: Scenario;
}

const TONE: Record<PacingStatus, string> = { 'on-track': 'good', 'at-risk': 'warn', 'off-track': 'bad' };

/**
 * Where the goal in force stands: a status with its thresholds, what is still needed and at what
 * monthly run-rate, the projection at the deadline (the scenario's, when one is set), the day the
 * goal is reached at that pace, and the model's forecast with its interval.
 */
export function PacingPanel({ outlook, result, scenario }: PacingPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { goal, plans } = outlook;
  const p = result?.pacing ?? null;
  const unit = t(outlook.grain === 'year' ? 'outlook.perYear' : 'outlook.perMonth');
  const inForce = plans[plans.length - 1];
  const restated = outlook.restatedFrom && inForce ? { original: outlook.restatedFrom, inForce } : null;
  const withScenario = !isNeutralScenario(scenario);
  // Before the goal year, the status is the forecast of the goal's period against the goal.
  const status = p ? p.status : (outlook.ahead?.status ?? null);
  const statusLabel = status ? t(`pacing.status.${status}${p?.complete ? '.final' : ''}`) : t('pacing.noRevenue');
  const deadline = i18n.date(goal.end);
  const thresholds = { onTrack: i18n.percent(PACING_THRESHOLDS.onTrack), atRisk: i18n.percent(PACING_THRESHOLDS.atRisk) };

  return (
    <section className="card pacing" data-testid="pacing" aria-labelledby="pacing-title">
      <header className="pacing-head">
        <h2 id="pacing-title">{t('pacing.title')}</h2>
        <span className={`pacing-status pacing-${status ? TONE[status] : 'neutral'}`} data-testid="pacing-status" data-value={status ?? ''} role="status">
          {statusLabel}
        </span>
      </header>
      {restated ? (
        <p className="pacing-story" data-testid="pacing-story">
          {t('pacing.restated', {
            original: i18n.euro(restated.original.version.amount),
            originalDate: i18n.date(restated.original.version.setOn),
            inForce: i18n.euro(restated.inForce.version.amount),
            inForceDate: i18n.date(restated.inForce.version.setOn),
          })}{' '}
          {p?.complete
            ? t(p.projection >= goal.inForce ? 'pacing.storyMet' : 'pacing.storyMissed', {
                actual: i18n.euro(p.toDate),
                year: goal.end.slice(0, 4),
                attainment: i18n.percent(p.toDate / goal.inForce),
                originalAttainment: i18n.percent(p.toDate / restated.original.version.amount),
              })
            : null}{' '}
          <span className="pacing-sources">
            {[...restated.original.version.sources, ...restated.inForce.version.sources].map((source) => (
              <SourceLink key={source} source={source} />
            ))}
          </span>
        </p>
      ) : null}
      {p ? (
        <dl className="pacing-facts">
          <div>
            <dt>{t(withScenario ? 'pacing.projectionScenario' : 'pacing.projection')}</dt>
            <dd data-testid="pacing-projection" data-value={String(p.projection)}>
              {t('pacing.projectionValue', {
                amount: i18n.euro(p.projection),
                date: deadline,
                percent: i18n.percent(p.projectedAttainment),
                goal: i18n.euro(goal.inForce),
              })}
            </dd>
          </div>
          {withScenario ? (
            <div>
              <dt>{t('pacing.scenario')}</dt>
              <dd data-testid="pacing-scenario">{leverSummary(scenario, i18n)}</dd>
            </div>
          ) : null}
          {p.complete ? null : (
            <>
              <div>
                <dt>{t('pacing.stillNeeded')}</dt>
                <dd data-testid="pacing-still-needed" data-value={String(p.stillNeeded)}>
                  {t('pacing.stillNeededValue', { amount: i18n.euro(p.stillNeeded), date: deadline })}
                </dd>
              </div>
              <div>
                <dt>{t('pacing.requiredRate')}</dt>
                <dd data-testid="pacing-required-rate" data-value={p.requiredRate === null ? '' : String(p.requiredRate)}>
                  {p.requiredRate === null
                    ? '—'
                    : t('pacing.requiredRateValue', {
                        amount: i18n.euro(p.requiredRate),
                        unit,
                        from: i18n.date(addDays(outlook.lastDate!, 1)),
                        current: i18n.euro(p.currentRate),
                      })}
                  {p.requiredUplift !== null && p.requiredUplift > 0 ? <> {t('pacing.uplift', { percent: i18n.percent(p.requiredUplift) })}</> : null}
                </dd>
              </div>
            </>
          )}
          <div>
            <dt>{t('pacing.reachedOn')}</dt>
            <dd data-testid="pacing-reached-on" data-value={p.reachedOn ?? ''}>
              {p.reachedOn === null
                ? t('pacing.neverReached', { date: i18n.date(addDays(goal.end, daysInclusive(goal.start, goal.end))) })
                : p.reachedOn <= goal.end
                  ? t('pacing.reachedBy', { date: i18n.date(p.reachedOn) })
                  : t('pacing.reachedLate', { date: i18n.date(p.reachedOn), days: daysInclusive(addDays(goal.end, 1), p.reachedOn) })}
            </dd>
          </div>
          {result?.model && outlook.forecast.chosen ? (
            <div>
              <dt>{t('pacing.model', { model: modelName(outlook.forecast.chosen, i18n) })}</dt>
              <dd data-testid="pacing-model" data-value={String(result.model.projection)}>
                {t('pacing.modelValue', {
                  amount: i18n.euro(result.model.projection),
                  percent: i18n.percent(result.model.projection / goal.inForce),
                  lower: i18n.euro(result.model.lower),
                  upper: i18n.euro(result.model.upper),
                  level: i18n.percent(outlook.forecast.deadline?.level ?? 0.8),
                })}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : outlook.ahead ? (
        <AheadFacts outlook={outlook} ahead={outlook.ahead} />
      ) : (
        <p className="pacing-empty">{t('pacing.noRevenueHelp', { start: i18n.date(goal.start) })}</p>
      )}
      {outlook.basis === 'net' ? (
        <p className="pacing-basis" data-testid="pacing-basis">
          {t('pacing.basisNet')}
        </p>
      ) : null}
      <p className="pacing-thresholds" data-testid="pacing-thresholds">
        {t('pacing.thresholds', thresholds)}
      </p>
    </section>
  );
}
