import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { publishedGaps } from '../../model/published-gaps';
import type { CrossFilterControl } from '../../state/cross-filter';
import type { RevenueBasis } from '../../state/filters';
import { euroCents } from '../components/chart-format';
import { channelColor, channelLabel } from '../components/channel-style';
import { SourceLink } from '../components/SourceLink';
import { yearCoverage, type AllianceModel } from './alliance-model';
import { GapNote } from './GapNote';
import { PlatformWaterfall } from './PlatformWaterfall';
import { YearBars } from './YearBars';

interface Props {
  alliance: AllianceModel;
  dataset: string;
  basis: RevenueBasis;
  period: string;
  /** True for published figures: a missing figure is "not published" rather than "no data". */
  published: boolean;
  /** The retailer's name is a toggle: compare it alone, or every retailer again. */
  cross: CrossFilterControl;
}

function Figure({ label, value, testId, children }: { label: string; value: ReactNode; testId?: string; children?: ReactNode }) {
  return (
    <div className="alliance-figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd className="alliance-value">{value}</dd>
      {children ? <dd className="alliance-detail">{children}</dd> : null}
    </div>
  );
}

/** One retailer and its platforms: the numbers an executive compares, each with unit, period and source. */
export function AllianceCard({ alliance: a, dataset, basis, period, published, cross }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const missing = t(published ? 'competition.notPublished' : 'competition.noData');
  const partners = a.platforms.filter((p) => p.commission > 0 || p.channels.split(', ').some((c) => c === 'partner' || c === 'voice')).map((p) => p.platform);
  const lastIndexed = [...a.index.points].reverse().find((p) => p.index !== null && p.offset !== 0) ?? null;
  const launchYear = a.launch ? Number(a.launch.date.slice(0, 4)) : null;
  const years = a.years.map((y) => y.year);
  // Growth reaches back before the period, but not past its end.
  const outside = launchYear !== null && launchYear > Math.max(...years);
  const indexReason = outside ? 'launch-outside' : a.index.base === 'launch' || a.index.base === 'first-year' ? 'one-year' : a.index.base;
  const coverage = yearCoverage(a.years);
  const gapSources = (['year', 'channels', 'commission', 'revenue'] as const).flatMap((f) => publishedGaps(dataset, a.retailer, f).map((g) => g.source));
  const sources = [
    ...new Set([
      ...a.sources,
      ...(a.launch?.sourceUrl ? [a.launch.sourceUrl] : []),
      ...a.platforms.flatMap((p) => (p.feeSource && /^https?:\/\//i.test(p.feeSource) ? [p.feeSource] : [])),
      ...gapSources,
    ]),
  ];

  return (
    <article
      className="card alliance-card"
      data-testid={`alliance-${a.retailer}`}
      data-revenue={String(a.revenue)}
      data-commission={String(a.commission)}
      data-basis={basis}
      aria-label={t('competition.card', { retailer: a.retailer })}
    >
      <header className="alliance-head">
        <h2>
          <RetailerFocus retailer={a.retailer} cross={cross} />
        </h2>
        <p className="card-subtitle">
          {partners.length > 0
            ? t('competition.partners', { platforms: partners.join(', ') })
            : t(a.channels.length === 0 ? 'competition.platformsNotPublished' : 'competition.noPartners')}
        </p>
      </header>
      <dl className="alliance-figures">
        <Figure label={t(basis === 'net' ? 'competition.revenueNet' : 'competition.revenue')} value={i18n.euro(a.revenue)} testId="alliance-revenue">
          {period}
          {coverage.total > 0 ? (
            <span data-testid="alliance-coverage">
              {' · '}
              {t(coverage.count < coverage.total ? 'competition.coverage' : 'competition.coverageAll', {
                count: coverage.count,
                total: coverage.total,
                years: coverage.ranges,
              })}
            </span>
          ) : null}
          {a.metrics.length === 1 ? ` · ${i18n.dataText(a.metrics[0]!)}` : ''}
          {a.metrics.length > 1 ? (
            <span className="metric-break"> · {t('competition.metricBreak', { metrics: a.metrics.map(i18n.dataText).join(' / ') })}</span>
          ) : null}
          <GapNote dataset={dataset} retailer={a.retailer} figure="revenue" />
        </Figure>
        <Figure label={t('competition.commission')} value={a.commissionStatus === 'none' ? missing : i18n.euro(a.commission)} testId="alliance-commission">
          {a.commissionStatus === 'none'
            ? t('competition.commissionNone')
            : a.gross > 0
              ? t('competition.commissionRate', { rate: i18n.percent(a.commission / a.gross) })
              : null}
          {a.commissionStatus === 'partial' ? ` ${t('competition.commissionPartial')}` : null}
          {basis === 'gross' && a.commissionStatus !== 'none' ? ` · ${t('competition.net')} ${i18n.euro(a.gross - a.commission)}` : null}
          <GapNote dataset={dataset} retailer={a.retailer} figure="commission" />
        </Figure>
        <Figure label={t('competition.voice')} value={a.voiceShare === null ? missing : i18n.percent(a.voiceShare)} testId="alliance-voice">
          {a.voiceShare !== null && a.voiceRevenue !== null
            ? t('competition.voiceValue', { share: i18n.percent(a.voiceShare), amount: i18n.euro(a.voiceRevenue) })
            : null}
          {a.voiceShare !== null ? ' · ' : null}
          {a.voiceMarketShare !== null ? t('competition.voiceMarket', { share: i18n.percent(a.voiceMarketShare) }) : t('competition.voiceMarketUnknown')}
        </Figure>
        <Figure
          label={t('competition.growth')}
          value={lastIndexed && a.index.baseYear !== null ? i18n.count(lastIndexed.index!) : '—'}
          testId="alliance-growth"
        >
          {lastIndexed && a.index.baseYear !== null
            ? t('competition.growthValue', { index: i18n.count(lastIndexed.index!), year: lastIndexed.year, launchYear: a.index.baseYear })
            : t('competition.growthNone', { reason: t(`index.reason.${indexReason}`, { year: launchYear ?? '' }) })}
          {lastIndexed && a.indexMetrics.length > 1 ? (
            <span className="metric-break gap-note">{t('index.metricBreak', { metrics: a.indexMetrics.map(i18n.dataText).join(' → ') })}</span>
          ) : null}
          {a.launch ? (
            <span className="gap-note">
              {i18n.date(a.launch.date)} — {i18n.dataText(a.launch.label)} {a.launch.sourceUrl ? <SourceLink source={a.launch.sourceUrl} /> : null}
            </span>
          ) : null}
        </Figure>
        <Figure label={t('competition.orders')} value={a.orders === null ? missing : i18n.count(a.orders)} testId="alliance-orders">
          {a.orders !== null && a.orders > 0 ? t('competition.ordersValue', { basket: euroCents(a.gross / a.orders, i18n), period }) : null}
        </Figure>
      </dl>
      <section className="alliance-section" aria-label={`${a.retailer} — ${t('competition.channelMix')}`}>
        <h3>{t('competition.channelMix')}</h3>
        {a.channels.length === 0 ? (
          <p className="muted-note">
            <strong>{t('competition.channelsNotPublished')}.</strong> <GapNote dataset={dataset} retailer={a.retailer} figure="channels" />
          </p>
        ) : (
          <>
            <div className="mix-bar" role="img" aria-label={a.channels.map((c) => `${channelLabel(c.channel, i18n)} ${i18n.percent(c.share)}`).join(', ')}>
              {a.channels.map((c, i) => (
                <span key={c.channel} style={{ width: `${Math.max(0, c.share * 100)}%`, background: channelColor(c.channel, i) }} />
              ))}
            </div>
            <ul className="mix-legend">
              {a.channels.map((c, i) => (
                <li key={c.channel}>
                  <span className="swatch" style={{ background: channelColor(c.channel, i) }} aria-hidden="true" />
                  {channelLabel(c.channel, i18n)} {i18n.percent(c.share)} · {i18n.euro(c.revenue)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <YearBars alliance={a} published={published} />
      <GapNote dataset={dataset} retailer={a.retailer} figure="year" />
      <PlatformWaterfall alliance={a} period={period} />
      <footer className="card-footer alliance-sources">
        <span>{t('competition.sources')}:</span>
        <ul>
          {sources.map((s) => (
            <li key={s}>
              <SourceLink source={s} />
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}

/** The retailer's name as a toggle button: a click compares it alone; pressed, it gives every retailer back. */
function RetailerFocus({ retailer, cross }: { retailer: string; cross: CrossFilterControl }) {
  const { t } = useI18n();
  const target = { kind: 'retailer' as const, retailer };
  const active = cross.isActive(target);
  return (
    <button
      type="button"
      className="retailer-focus"
      data-testid="retailer-focus"
      data-retailer={retailer}
      aria-pressed={active}
      title={t(active ? 'competition.focusActive' : 'competition.focus', { retailer })}
      onClick={() => cross.toggle(target)}
    >
      {retailer}
    </button>
  );
}
