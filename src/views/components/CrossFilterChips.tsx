import { useI18n } from '../../i18n/i18n-context';
import type { CrossChip, CrossKind } from '../../state/cross-filter';
import { channelLabel } from './channel-style';

interface Props {
  chips: CrossChip[];
  onClear: (kind: CrossKind) => void;
}

/** "Filtered by channel Voice ×": what a click on a chart set, and the way out of it. */
export function CrossFilterChips({ chips, onClear }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (chips.length === 0) return null;
  const valueOf = (chip: CrossChip) =>
    chip.kind === 'channel'
      ? channelLabel(chip.channel, i18n)
      : chip.kind === 'platform'
        ? chip.platform
        : chip.kind === 'retailer'
          ? i18n.dataText(chip.retailer)
          : i18n.period(chip.from, chip.to);
  return (
    <div className="cross-filters" role="status">
      <span className="cross-filters-label">{t('charts.filteredBy')}</span>
      {chips.map((chip) => {
        const value = valueOf(chip);
        return (
          <span key={`${chip.kind}:${value}`} className="cross-filter-chip" data-testid="cross-filter-chip" data-kind={chip.kind}>
            {t('charts.chipValue', { kind: t(`charts.kind.${chip.kind}`), value })}
            <button
              type="button"
              className="cross-filter-clear"
              data-testid="cross-filter-clear"
              aria-label={t('charts.clear', { value })}
              onClick={() => onClear(chip.kind)}
            >
              ×
            </button>
          </span>
        );
      })}
      <span className="cross-filters-hint">{t('charts.clearHint')}</span>
    </div>
  );
}
