import './competition.css';
import { useCompetition } from '../../hooks/use-competition';
import { combineReadiness, usePageReadiness } from '../../hooks/use-page-readiness';
import { useI18n } from '../../i18n/i18n-context';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { Filters } from '../../state/filters';
import { COMPETITION_KINDS } from '../../state/cross-filter';
import { MAX_COMPARED } from '../../state/url-hash';
import { CrossFilterChips } from '../components/CrossFilterChips';
import { useChartsDrawn } from '../components/draw-in-turn';
import { useCrossFilter } from '../components/use-cross-filter';
import { AllianceCard } from './AllianceCard';
import { buildAlliances } from './alliance-model';
import { CompetitionControls } from './CompetitionControls';
import { EventsTimeline } from './EventsTimeline';
import { FeeSchedulesTable } from './FeeSchedulesTable';
import { GapNote } from './GapNote';
import { LaunchIndexChart } from './LaunchIndexChart';

interface Props {
  filters: Filters;
  facets: DatasetFacets | null;
  datasetNote: string;
  /** True for published figures: a missing figure is "not published". */
  published: boolean;
  onFiltersChange: (filters: Filters) => void;
}

/** Alliances side by side: the retailers compared, their platforms, their costs and their growth. */
export function CompetitionPage({ filters, facets, datasetNote, published, onFiltersChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const all = facets?.retailers ?? [];
  // A retailer's name or legend entry compares it alone (the chip or Escape gives the others back).
  const cross = useCrossFilter(filters, onFiltersChange, COMPETITION_KINDS);
  const compared = filters.compare.length > 0 ? filters.compare : all.slice(0, MAX_COMPARED);
  // The default (every retailer) needs no list in the queries unless there are too many to show.
  const queryFilters = filters.compare.length === 0 && all.length > MAX_COMPARED ? { ...filters, compare: compared } : filters;
  const c = useCompetition(queryFilters);
  // Ready once every panel answered and every chart has drawn (they first draw in turn).
  const answered = combineReadiness([c.channels, c.years, c.history, c.platforms, c.fees, c.events]);
  const drawn = useChartsDrawn();
  usePageReadiness(answered === 'ready' && !drawn ? 'loading' : answered);

  const first = filters.from ?? facets?.firstDate ?? null;
  const last = filters.to ?? facets?.lastDate ?? null;
  const period = first && last ? i18n.period(first, last) : '';
  const ready = c.channels.data && c.years.data && c.history.data && c.platforms.data && c.events.data;
  const alliances = ready
    ? buildAlliances(
        {
          dataset: filters.dataset,
          channels: c.channels.data!,
          years: c.years.data!,
          history: c.history.data!,
          platforms: c.platforms.data!,
          events: c.events.data!,
        },
        { gross: t('waterfall.gross'), net: t('waterfall.net') },
      )
    : [];
  const withoutData = ready ? compared.filter((r) => !alliances.some((a) => a.retailer === r)) : [];
  const error = [c.channels, c.years, c.history, c.platforms].find((s) => s.status === 'error')?.error ?? null;
  const basisText = t(filters.basis === 'net' ? 'competition.basisNet' : 'competition.basisGross');

  return (
    <div className="competition" data-testid="competition-view">
      <CompetitionControls filters={filters} facets={facets} compared={compared} onChange={onFiltersChange} />
      <CrossFilterChips chips={cross.chips} onClear={cross.clear} />
      <header className="competition-intro">
        <h1>{t('competition.title')}</h1>
        <p>{t('competition.intro', { period, basis: basisText })}</p>
        {filters.compare.length === 0 && all.length > MAX_COMPARED ? (
          <p className="muted-note">{t('competition.compareCapped', { shown: MAX_COMPARED, count: all.length })}</p>
        ) : null}
        {ready && alliances.length + withoutData.length < 2 ? <p className="notice">{t('competition.alone')}</p> : null}
      </header>
      {error ? (
        <div className="card panel-error" role="alert">
          <strong>{t('error.panel')}</strong> {t('error.panelHelp', { message: i18n.errorText(error) })}
        </div>
      ) : null}
      <div className="alliance-grid" aria-busy={!ready}>
        {!ready && !error ? <div className="card kpi-placeholder">{t('chart.loading')}</div> : null}
        {alliances.map((a) => (
          <AllianceCard key={a.retailer} alliance={a} dataset={filters.dataset} basis={filters.basis} period={period} published={published} cross={cross} />
        ))}
        {withoutData.map((retailer) => (
          <article key={retailer} className="card alliance-card" data-testid={`alliance-${retailer}`} data-revenue="" aria-label={retailer}>
            <h2>{retailer}</h2>
            <p className="alliance-value">{t(published ? 'competition.notPublished' : 'competition.noData')}</p>
            <p className="muted-note">
              {period} <GapNote dataset={filters.dataset} retailer={retailer} figure="channels" />
            </p>
          </article>
        ))}
      </div>
      <div className="chart-grid competition-panels">
        <div className="span-2">
          <LaunchIndexChart
            cross={cross}
            alliances={alliances}
            status={ready ? 'ready' : error ? 'error' : 'loading'}
            error={error}
            basis={filters.basis}
            footer={<span>{datasetNote}</span>}
          />
        </div>
        <div className="span-2">
          <EventsTimeline
            events={c.events.data ?? []}
            retailers={compared}
            from={filters.from}
            to={filters.to}
            status={c.events.status}
            error={c.events.error}
          />
        </div>
        <div className="span-2">
          <FeeSchedulesTable schedules={c.fees.data ?? []} asOf={last} status={c.fees.status} error={c.fees.error} />
        </div>
      </div>
    </div>
  );
}
