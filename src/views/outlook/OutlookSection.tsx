import type { OutlookData } from '../../hooks/use-outlook';
import { useI18n } from '../../i18n/i18n-context';
import type { OutlookSettings } from '../../state/outlook-settings';
import { hasMetricBreak, useMetricBreakFooter } from '../overview/SourcesNote';
import { Suspense, useCallback } from 'react';
import { ForecastChart } from '../overview/lazy-charts';
import { DrawInTurn } from '../components/draw-in-turn';
import { PacingPanel } from './PacingPanel';
import { PhasingPanel } from './PhasingPanel';
import { ScenarioPanel } from './ScenarioPanel';
import './outlook.css';

interface OutlookSectionProps {
  data: OutlookData;
  settings: OutlookSettings;
  onChange: (patch: Partial<OutlookSettings>) => void;
  footer: React.ReactNode;
}

const FORECAST_WAITING = <div className="card chart-pending chart-pending-tall" aria-busy="true" />;

/** "Will we make the goal?": pacing, scenarios, the forecast against the phased target, the phasing. */
export function OutlookSection({ data, settings, onChange, footer }: OutlookSectionProps) {
  const { t } = useI18n();
  const { outlook, result, saved } = data;
  const failed = data.states.some((s) => s.status === 'error');
  // Stable props for the memoised forecast chart: drawn again only when its numbers change.
  const onModelChange = useCallback((forecastModel: OutlookSettings['forecastModel']) => onChange({ forecastModel }), [onChange]);
  // The chart spans years before the filtered period: it says so if the metric changes within them.
  const forecastFooter = useMetricBreakFooter(hasMetricBreak(data.metrics.map((metric) => ({ metric }))), footer);
  if (!outlook && !failed) return <OutlookPending title={t('outlook.title')} message={t('chart.loading')} />;
  if (!outlook || outlook.kind === 'no-goal') {
    return (
      <section className="card outlook-empty" data-testid="outlook" aria-labelledby="outlook-title" aria-busy={!outlook && !failed}>
        <h2 id="outlook-title">{t('outlook.title')}</h2>
        <p className="panel-note">{failed ? t('error.panel') : outlook ? t('outlook.noGoal') : t('chart.loading')}</p>
        {outlook ? <p className="lever-help">{t('kpi.noTargetHelp')}</p> : null}
      </section>
    );
  }
  return (
    <section className="outlook" data-testid="outlook" aria-labelledby="outlook-title">
      <h2 id="outlook-title" className="section-title">
        {t('outlook.title')}
      </h2>
      <div className="outlook-grid">
        <PacingPanel outlook={outlook} result={result} scenario={settings.scenario} />
        <ScenarioPanel outlook={outlook} result={result} saved={saved} scenario={settings.scenario} scenarios={settings.scenarios} onChange={onChange} />
        <div className="span-2">
          <Suspense fallback={FORECAST_WAITING}>
            <DrawInTurn waiting={FORECAST_WAITING}>
              <ForecastChart
                outlook={outlook}
                ratio={result?.ratio ?? 1}
                scenarioActive={!!result && result.change !== 0}
                model={settings.forecastModel}
                onModelChange={onModelChange}
                status={failed ? 'error' : 'ready'}
                footer={forecastFooter}
              />
            </DrawInTurn>
          </Suspense>
        </div>
        <div className="span-2">
          <PhasingPanel outlook={outlook} choice={settings.phasing} onChange={(phasing) => onChange({ phasing })} />
        </div>
      </div>
    </section>
  );
}

/**
 * The section's shape while it computes: its title and four panels about the size of the real
 * ones (pacing and scenario side by side, then the forecast and the phasing), so the charts below
 * are not pushed down a screen's height when the answer arrives (cumulative layout shift).
 */
function OutlookPending({ title, message }: { title: string; message: string }) {
  return (
    <section className="outlook" data-testid="outlook" aria-labelledby="outlook-title" aria-busy="true">
      <h2 id="outlook-title" className="section-title">
        {title}
      </h2>
      <div className="outlook-grid">
        <div className="card outlook-pending outlook-pending-pacing">
          <p className="panel-note">{message}</p>
        </div>
        <div className="card outlook-pending outlook-pending-pacing" />
        <div className="span-2 card outlook-pending outlook-pending-forecast" />
        <div className="span-2 card outlook-pending outlook-pending-phasing" />
      </div>
    </section>
  );
}
