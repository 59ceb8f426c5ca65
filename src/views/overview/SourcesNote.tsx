import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import { usePrinting } from '../../hooks/use-printing';
import type { RevenueSource } from '../../queries/revenue-sources';
import { SourceLink } from '../components/SourceLink';

/** True when the revenue shown mixes food e-commerce sales and e-commerce GMV (2022 onwards). */
export function hasMetricBreak(sources: readonly Pick<RevenueSource, 'metric'>[]): boolean {
  const metrics = new Set(sources.map((s) => s.metric));
  return metrics.has('e-commerce GMV') && [...metrics].some((m) => m.includes('sales'));
}

function MetricBreakFooter({ footer }: { footer: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <strong className="metric-break">{t('sources.metricBreak')}</strong> {footer}
    </>
  );
}

/**
 * A chart's footer, led by the metric-break warning when the revenue it shows mixes the two
 * metrics. The same element while its inputs are the same, for the memoised charts.
 */
export function useMetricBreakFooter(metricBreak: boolean, footer: ReactNode): ReactNode {
  return useMemo(() => (metricBreak ? <MetricBreakFooter footer={footer} /> : footer), [metricBreak, footer]);
}

/** Where the numbers come from and what they measure, e.g. the 2022 metric break. */
export function SourcesNote({ state }: { state: QueryState<RevenueSource[]> }) {
  const i18n = useI18n();
  const sources = state.data ?? [];
  const metricBreak = hasMetricBreak(sources);
  const printing = usePrinting();
  if (sources.length === 0) return null;
  return (
    <details className="sources" open={metricBreak || printing}>
      <summary>{i18n.t('sources.title')}</summary>
      {metricBreak ? <p className="metric-break">{i18n.t('sources.metricBreak')}</p> : null}
      <ul>
        {sources.map((s) => (
          <li key={`${s.metric}|${s.source}|${s.firstDate}`}>
            {i18n.period(s.firstDate, s.lastDate)} · {i18n.dataText(s.metric)} · {i18n.euro(s.revenue)} · <SourceLink source={s.source} />
          </li>
        ))}
      </ul>
    </details>
  );
}
