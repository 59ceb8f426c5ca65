import { useI18n } from '../../i18n/i18n-context';
import type { DatasetFacets } from '../../queries/dataset-facets';
import type { TargetVersion } from '../../queries/target-versions';
import { DEFAULT_FILTERS, type Filters } from '../../state/filters';
import { channelLabel } from './channel-style';
import { RevenueBasisSwitch } from './RevenueBasisSwitch';
import { PeriodFields } from './PeriodFields';
import { AsOfField, GoalSelect } from './GoalControls';

interface FilterBarProps {
  filters: Filters;
  facets: DatasetFacets | null;
  /** Dated versions of the retailer's goals: the viewer may measure against an earlier one. */
  targetVersions: TargetVersion[] | null;
  onChange: (filters: Filters) => void;
}

const ALL = '';

/** Period, retailer, channel, region and category. Every control is a native, keyboard-usable input. */
export function FilterBar({ filters, facets, targetVersions, onChange }: FilterBarProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  // A breakdown the dataset does not have (published totals: one channel "total", one region):
  // the filter could only repeat the whole, so it is disabled and the hint below says why.
  const single = (options: string[] | undefined, value: string | null) => facets !== null && (options?.length ?? 0) <= 1 && value === null;
  const singles = [
    single(facets?.channels, filters.channels[0] ?? null) ? t('filters.channel') : null,
    single(facets?.regions, filters.region) ? t('filters.region') : null,
    single(facets?.categories, filters.category) ? t('filters.category') : null,
  ].filter((label): label is string => label !== null);
  const select = (label: string, testId: string, value: string | null, options: string[], apply: (v: string | null) => void, format = (v: string) => v) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select
        data-testid={testId}
        value={value ?? ALL}
        disabled={singles.includes(label)}
        aria-describedby={singles.includes(label) ? 'filter-single-hint' : undefined}
        onChange={(e) => apply(e.target.value === ALL ? null : e.target.value)}
      >
        <option value={ALL}>{t('filters.all')}</option>
        {/* the current value stays selectable even before the dataset's values are known */}
        {value && !options.includes(value) ? <option value={value}>{format(value)}</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {format(option)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filter-bar" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields filters={filters} facets={facets} onChange={set} />
      {select(t('filters.retailer'), 'filter-retailer', filters.retailer, facets?.retailers ?? [], (v) => set({ retailer: v }))}
      {select(
        t('filters.channel'),
        'filter-channel',
        filters.channels[0] ?? null,
        facets?.channels ?? [],
        (v) => set({ channels: v ? [v] : [] }),
        (v) => channelLabel(v, i18n),
      )}
      {select(t('filters.region'), 'filter-region', filters.region, facets?.regions ?? [], (v) => set({ region: v }))}
      {select(t('filters.category'), 'filter-category', filters.category, facets?.categories ?? [], (v) => set({ category: v }))}
      <GoalSelect value={filters.goal} versions={targetVersions ?? []} onChange={(goal) => set({ goal })} />
      <TargetVersionSelect value={filters.targetAsOf} versions={targetVersions ?? []} onChange={(targetAsOf) => set({ targetAsOf })} />
      <AsOfField value={filters.to} facets={facets} onChange={(to) => set({ to, from: null, targetAsOf: null })} />
      <RevenueBasisSwitch value={filters.basis} onChange={(basis) => set({ basis })} />
      <button type="button" className="button-secondary" onClick={() => onChange({ ...DEFAULT_FILTERS, dataset: filters.dataset })}>
        {t('filters.reset')}
      </button>
      {singles.length > 0 ? (
        <p className="filter-hint" id="filter-single-hint" data-testid="filter-single-hint">
          {t('filters.singleValue', { filters: singles.join(', ') })}
        </p>
      ) : null}
      {facets?.firstDate && facets.lastDate ? (
        <p className="filter-hint">{t('filters.dataRange', { from: i18n.date(facets.firstDate), to: i18n.date(facets.lastDate) })}</p>
      ) : null}
    </form>
  );
}

interface TargetVersionSelectProps {
  value: string | null;
  versions: TargetVersion[];
  onChange: (targetAsOf: string | null) => void;
}

/** "Which goal do we measure against?": today's, or one as it stood when it was set. */
function TargetVersionSelect({ value, versions, onChange }: TargetVersionSelectProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const dates = [...new Set(versions.map((v) => v.setOn))];
  return (
    <label className="field">
      <span className="field-label">{t('filters.target')}</span>
      <select data-testid="filter-target" value={value ?? ALL} onChange={(e) => onChange(e.target.value === ALL ? null : e.target.value)}>
        <option value={ALL}>{t('filters.targetLatest')}</option>
        {value && !dates.includes(value) ? <option value={value}>{t('filters.targetHint', { date: i18n.date(value) })}</option> : null}
        {versions.map((v) => (
          <option key={`${v.setOn}|${v.retailer}|${v.periodEnd}`} value={v.setOn} title={v.label}>
            {t('filters.targetOption', { date: i18n.date(v.setOn), amount: i18n.euro(v.targetEur), year: v.periodEnd.slice(0, 4) })}
          </option>
        ))}
      </select>
    </label>
  );
}
