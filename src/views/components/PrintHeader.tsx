import { useI18n } from '../../i18n/i18n-context';
import type { Filters } from '../../state/filters';

/** Printed on the briefing only: what the page shows, filtered how, and the link to open it. */
export function PrintHeader({ datasetName, filters }: { datasetName: string; filters: Filters }) {
  const i18n = useI18n();
  const { t } = i18n;
  const parts = [
    filters.from || filters.to ? `${filters.from ? i18n.date(filters.from) : '…'} – ${filters.to ? i18n.date(filters.to) : '…'}` : null,
    `${t('filters.retailer')}: ${filters.retailer ?? t('filters.all')}`,
    filters.channels.length ? `${t('filters.channel')}: ${filters.channels.join(', ')}` : null,
    filters.region ? `${t('filters.region')}: ${filters.region}` : null,
    filters.category ? `${t('filters.category')}: ${filters.category}` : null,
    filters.platform ? `${t('filters.platform')}: ${filters.platform}` : null,
  ].filter(Boolean);
  return (
    <header className="print-only print-header">
      <h1>
        {t('app.title')} — {t('print.title')}
      </h1>
      <p>
        <strong>{t('print.dataset')}:</strong> {datasetName} · <strong>{t('print.filters')}:</strong> {parts.join(' · ')} ·{' '}
        {t('print.printedOn', { date: i18n.date(new Date().toISOString().slice(0, 10)) })}
      </p>
      <p className="print-link">
        {t('print.link')}: {window.location.href}
      </p>
    </header>
  );
}
