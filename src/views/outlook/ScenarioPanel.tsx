import { useState } from 'react';
import type { Outlook } from '../../analytics/outlook';
import { addDays } from '../../analytics/periods';
import { applyScenario, channelOutlook, voiceAdoptionBase, type ScenarioResult } from '../../analytics/scenario';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import {
  isNeutralScenario,
  MAX_SAVED_SCENARIOS,
  MAX_SCENARIO_NAME,
  NEUTRAL_SCENARIO,
  normalizeScenario,
  sameScenario,
  SCENARIO_BOUNDS,
  type NamedScenario,
  type Scenario,
} from '../../model/scenario';
import { channelLabel } from '../components/channel-style';
import { LeverSlider } from './LeverSlider';
import { ratePercent, signedPercent, signedPoints } from './outlook-format';
import { ScenarioCompare, type CompareColumn } from './ScenarioCompare';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

/** The projection is said in the basis it is measured on; the other basis follows it (net, or before commission). */
function resultKey(neutral: boolean, net: boolean): MessageKey {
  if (net) return neutral ? 'scenario.resultNeutralNet' : 'scenario.resultNet';
  return neutral ? 'scenario.resultNeutral' : 'scenario.result';
}

interface ScenarioPanelProps {
  outlook: GoalOutlook;
  result: ScenarioResult | null;
  saved: { scenario: NamedScenario; result: ScenarioResult }[];
  scenario: Scenario;
  scenarios: NamedScenario[];
  onChange: (next: { scenario?: Scenario; scenarios?: NamedScenario[] }) => void;
}

/**
 * "What would change the answer": levers on the rest of the goal period that recompute the
 * projection live, and named scenarios saved into the link and compared side by side.
 */
export function ScenarioPanel({ outlook, result, saved, scenario, scenarios, onChange }: ScenarioPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState('');
  const baseline = outlook.baseline;
  // Nothing to move: no revenue to start from yet, or no time left in the goal period.
  if (!baseline || !result || result.pacing.complete) {
    return (
      <section className="card scenario" data-testid="scenario-panel" aria-labelledby="scenario-title">
        <h2 id="scenario-title">{t('scenario.title')}</h2>
        <p className="panel-note">{t(result?.pacing.complete ? 'scenario.periodOver' : 'scenario.needsRevenue')}</p>
      </section>
    );
  }
  // Biggest channel first: the levers that move the answer most come first.
  const channels = channelOutlook(baseline).sort((a, b) => b.revenue - a.revenue);
  const adoption = voiceAdoptionBase(channels);
  const set = (patch: Partial<Scenario>) => onChange({ scenario: normalizeScenario({ ...scenario, ...patch }) });
  const trimmed = name.trim().slice(0, MAX_SCENARIO_NAME);
  const replacing = scenarios.some((s) => s.name === trimmed);
  const canSave = trimmed.length > 0 && (replacing || scenarios.length < MAX_SAVED_SCENARIOS);
  // Columns of the comparison: the current pace, the sliders (unless saved already), every saved scenario.
  const onSliders = !isNeutralScenario(scenario) && !saved.some((s) => sameScenario(s.scenario.scenario, scenario));
  const columns: CompareColumn[] = [
    { key: 'pace', title: t('scenario.currentPace'), scenario: NEUTRAL_SCENARIO, result: applyScenario(baseline, NEUTRAL_SCENARIO), saved: false },
    ...(onSliders ? [{ key: 'sliders', title: t('scenario.onSliders'), scenario, result, saved: false }] : []),
    ...saved.map((s) => ({ key: `saved-${s.scenario.name}`, title: s.scenario.name, scenario: s.scenario.scenario, result: s.result, saved: true })),
  ];
  const save = () => {
    if (!canSave) return;
    const entry = { name: trimmed, scenario: normalizeScenario(scenario) };
    onChange({ scenarios: replacing ? scenarios.map((s) => (s.name === trimmed ? entry : s)) : [...scenarios, entry] });
    setName('');
  };

  return (
    <section className="card scenario" data-testid="scenario-panel" aria-labelledby="scenario-title">
      <header className="scenario-head">
        <h2 id="scenario-title">{t('scenario.title')}</h2>
        <p className="card-subtitle">
          {t('scenario.subtitle', { from: i18n.date(addDays(baseline.pacing.lastDate, 1)), to: i18n.date(baseline.pacing.goalEnd) })}
        </p>
      </header>
      <fieldset className="levers">
        <legend className="lever-group">{t('scenario.levers')}</legend>
        {channels.map((c) => (
          <LeverSlider
            key={`growth-${c.channel}`}
            testId={`scenario-growth-${c.channel}`}
            label={t('scenario.growth', { channel: channelLabel(c.channel, i18n) })}
            value={scenario.growth[c.channel] ?? 0}
            {...SCENARIO_BOUNDS.growth}
            display={signedPercent(scenario.growth[c.channel] ?? 0, i18n)}
            onChange={(v) => set({ growth: { ...scenario.growth, [c.channel]: v } })}
          />
        ))}
        <LeverSlider
          testId="scenario-voice-adoption"
          label={t('scenario.adoption')}
          value={scenario.voiceAdoption}
          {...SCENARIO_BOUNDS.voiceAdoption}
          display={signedPoints(scenario.voiceAdoption, i18n)}
          disabled={!adoption}
          help={adoption ? t('scenario.adoptionHelp', { basket: i18n.euro(adoption.voiceBasket) }) : t('scenario.adoptionUnavailable')}
          onChange={(v) => set({ voiceAdoption: v })}
        />
        <LeverSlider
          testId="scenario-basket"
          label={t('scenario.basket')}
          value={scenario.basket}
          {...SCENARIO_BOUNDS.basket}
          display={signedPercent(scenario.basket, i18n)}
          help={t('scenario.basketHelp')}
          onChange={(v) => set({ basket: v })}
        />
        {channels
          .filter((c) => c.rate > 0)
          .map((c) => {
            const change = scenario.commission[c.channel] ?? 0;
            return (
              <LeverSlider
                key={`commission-${c.channel}`}
                testId={`scenario-commission-${c.channel}`}
                label={t('scenario.commission', { channel: channelLabel(c.channel, i18n) })}
                value={change}
                {...SCENARIO_BOUNDS.commission}
                display={t('scenario.commissionValue', { rate: ratePercent(Math.max(0, c.rate + change), i18n), change: signedPoints(change, i18n) })}
                onChange={(v) => set({ commission: { ...scenario.commission, [c.channel]: v } })}
              />
            );
          })}
        {channels.some((c) => c.rate > 0) ? null : <p className="lever-help">{t('scenario.noCommission')}</p>}
      </fieldset>
      <p className="scenario-result" data-testid="scenario-result" data-value={String(result.projection)} aria-live="polite">
        {t(resultKey(isNeutralScenario(scenario), outlook.basis === 'net'), {
          amount: i18n.euro(result.projection),
          percent: i18n.percent(result.pacing.projectedAttainment),
          status: t(`pacing.status.${result.pacing.status}`),
          change: `${result.change >= 0 ? '+' : '−'}${i18n.euro(Math.abs(result.change))}`,
          net: i18n.euro(result.netProjection),
          gross: i18n.euro(result.grossProjection),
        })}
      </p>
      <div className="scenario-actions no-print">
        <button
          type="button"
          className="button-secondary"
          data-testid="scenario-reset"
          disabled={isNeutralScenario(scenario)}
          onClick={() => onChange({ scenario: NEUTRAL_SCENARIO })}
        >
          {t('scenario.reset')}
        </button>
        <form
          className="scenario-save"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label className="field field-inline">
            <span className="field-label">{t('scenario.name')}</span>
            <input
              type="text"
              data-testid="scenario-name"
              value={name}
              maxLength={MAX_SCENARIO_NAME}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('scenario.namePlaceholder')}
            />
          </label>
          <button type="submit" data-testid="scenario-save" disabled={!canSave}>
            {t(replacing ? 'scenario.replace' : 'scenario.save')}
          </button>
          {scenarios.length >= MAX_SAVED_SCENARIOS && !replacing ? (
            <span className="lever-help">{t('scenario.full', { max: MAX_SAVED_SCENARIOS })}</span>
          ) : null}
        </form>
      </div>
      {columns.length > 1 ? (
        <ScenarioCompare
          columns={columns}
          basis={outlook.basis}
          onApply={(s) => onChange({ scenario: s })}
          onDelete={(n) => onChange({ scenarios: scenarios.filter((s) => s.name !== n) })}
        />
      ) : null}
    </section>
  );
}
