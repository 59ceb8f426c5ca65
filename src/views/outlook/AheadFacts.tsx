import type { GoalAhead } from '../../analytics/goal-ahead';
import type { Outlook } from '../../analytics/outlook';
import { useI18n } from '../../i18n/i18n-context';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

/** The pacing panel before the goal year: the goal period's forecast and the growth it takes. */
export function AheadFacts({ outlook, ahead }: { outlook: GoalOutlook; ahead: GoalAhead }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { goal } = outlook;
  const period = i18n.period(goal.start, goal.end);
  const p = ahead.projection;
  return (
    <>
      <p className="pacing-story" data-testid="pacing-ahead">
        {t('pacing.aheadAsOf', { asOf: i18n.date(ahead.asOf), period })}
      </p>
      <dl className="pacing-facts">
        {p ? (
          <div>
            <dt>{t('pacing.aheadProjection', { period })}</dt>
            <dd data-testid="pacing-projection" data-value={String(p.mean)}>
              {t('pacing.aheadProjectionValue', {
                amount: i18n.euro(p.mean),
                percent: i18n.percent(p.mean / goal.inForce),
                goal: i18n.euro(goal.inForce),
                level: i18n.percent(p.level),
                lower: i18n.euro(p.lower),
                upper: i18n.euro(p.upper),
              })}
            </dd>
          </div>
        ) : null}
        {ahead.requiredGrowth !== null ? (
          <div>
            <dt>{t('pacing.aheadGrowth')}</dt>
            <dd data-testid="pacing-required-growth" data-value={String(ahead.requiredGrowth)}>
              {i18n.percent(ahead.requiredGrowth)}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="lever-help">{t('pacing.aheadScenario')}</p>
    </>
  );
}
