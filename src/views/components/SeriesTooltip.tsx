import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';

interface SeriesTooltipProps extends Partial<TooltipContentProps<number, string>> {
  /** The bucket's label (`Q1 2022`) from the axis value. */
  formatLabel: (label: string) => string;
  /** Show each series' share of the bucket's total beside its amount (the 100% view). */
  withShare?: boolean;
  /** Leave out series worth nothing in this bucket (parts of a split that do not apply). */
  skipZero?: boolean;
}

/**
 * Every series of the bucket, in the stack's order (top first, as drawn), then the bucket's
 * total: the reader need not hover each sliver to add them up. "Voice: €15.5m" in English,
 * "Voix : 15,5 M€" in French, from the message tables (Recharts' default puts " : " in both).
 */
export function SeriesTooltip({ active, payload, label, formatLabel, withShare = false, skipZero = false }: SeriesTooltipProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!active || !payload || payload.length === 0) return null;
  const items = payload.filter((p) => typeof p.value === 'number' && !(skipZero && p.value === 0));
  const total = items.reduce((sum, p) => sum + (p.value as number), 0);
  return (
    <div className="series-tooltip" data-testid="series-tooltip">
      <p className="series-tooltip-label">{formatLabel(String(label ?? ''))}</p>
      <ul>
        {[...items].reverse().map((p) => {
          const name = String(p.name ?? '');
          const value = i18n.euro(p.value as number);
          return (
            <li key={String(p.dataKey ?? name)}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              {withShare && total > 0
                ? t('charts.tooltipShare', { name, value, share: i18n.percent((p.value as number) / total) })
                : t('charts.tooltipItem', { name, value })}
            </li>
          );
        })}
      </ul>
      {items.length > 1 ? <p className="series-tooltip-total">{t('charts.tooltipItem', { name: t('charts.total'), value: i18n.euro(total) })}</p> : null}
    </div>
  );
}
