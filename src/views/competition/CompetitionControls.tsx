import { useI18n } from '../../i18n/i18n-context';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { Filters } from '../../state/filters';
import { MAX_COMPARED } from '../../state/url-hash';
import { channelLabel } from '../components/channel-style';
import { RevenueBasisSwitch } from '../components/RevenueBasisSwitch';
import { PeriodFields } from '../components/PeriodFields';

interface Props {
  filters: Filters;
  facets: DatasetFacets | null;
  /** The retailers shown: the chosen ones, or by default every retailer of the dataset (capped). */
  compared: string[];
  onChange: (filters: Filters) => void;
}

/** Period, retailers to compare (two or more), and gross or net revenue. */
export function CompetitionControls({ filters, facets, compared, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const retailers = facets?.retailers ?? compared;
  const toggle = (retailer: string, on: boolean) => {
    const next = on ? [...compared, retailer] : compared.filter((r) => r !== retailer);
    // Keep the dataset's order, so a link reads the same whatever order the boxes were ticked in.
    const ordered = retailers.filter((r) => next.includes(r));
    // Everything ticked is the default: leave it out of the link.
    set({ compare: ordered.length === retailers.length && retailers.length <= MAX_COMPARED ? [] : ordered });
  };
  const others = [
    ...filters.channels.map((c) => `${t('filters.channel')} ${channelLabel(c, i18n)}`),
    ...(filters.region ? [`${t('filters.region')} ${filters.region}`] : []),
    ...(filters.category ? [`${t('filters.category')} ${filters.category}`] : []),
    ...(filters.platform ? [`${t('filters.platform')} ${filters.platform}`] : []),
  ];
  return (
    <form className="filter-bar competition-controls" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields filters={filters} facets={facets} onChange={set} />
      <fieldset className="compare-picker" data-testid="compare-retailers">
        <legend className="field-label">{t('competition.compare')}</legend>
        {retailers.map((retailer) => {
          const checked = compared.includes(retailer);
          // Two stay ticked: a comparison needs two sides.
          const locked = checked && compared.length <= 2;
          return (
            <label key={retailer} className="series-toggle">
              <input
                type="checkbox"
                data-testid={`compare-${retailer}`}
                checked={checked}
                disabled={locked || (!checked && compared.length >= MAX_COMPARED)}
                onChange={(e) => toggle(retailer, e.target.checked)}
              />
              {retailer}
            </label>
          );
        })}
        <span className="filter-hint-inline">{t('competition.compareHint')}</span>
      </fieldset>
      <RevenueBasisSwitch value={filters.basis} onChange={(basis) => set({ basis })} />
      {facets?.firstDate && facets.lastDate ? (
        <p className="filter-hint">{t('filters.dataRange', { from: i18n.date(facets.firstDate), to: i18n.date(facets.lastDate) })}</p>
      ) : null}
      {others.length > 0 ? (
        <p className="filter-hint" role="status">
          {t('competition.otherFilters', { filters: others.join(' · ') })}{' '}
          <button type="button" className="button-small" onClick={() => set({ channels: [], region: null, category: null, platform: null })}>
            {t('competition.clearFilters')}
          </button>
        </p>
      ) : null}
    </form>
  );
}
