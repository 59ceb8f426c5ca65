import { renderToStaticMarkup } from 'react-dom/server';
import type { ColumnarResult } from '../engine/engine';
import { firstPaintCards, firstPaintResult, provideFirstPaintSnapshot } from '../session/first-paint-data';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { LOCALES, type Locale } from '../i18n/locale';
import { BUNDLED_DATASETS } from '../model/bundled-datasets';
import type { BuiltQuery } from '../queries/built-query';
import { readDatasetFacets } from '../queries/dataset-facets';
import { shellQueries } from '../queries/overview-queries';
import { readTargetVersions, versionsOf } from '../queries/target-versions';
import { withDefaultPeriod } from '../state/default-period';
import { DEFAULT_FILTERS } from '../state/filters';
import { snapshotKey, type FirstPaintSnapshot } from '../state/first-paint-snapshot';
import { DatasetSelect } from '../views/components/DatasetSelect';
import { FilterBar } from '../views/components/FilterBar';
import { ThemeToggle } from '../views/components/ThemeToggle';
import { TopBar } from '../views/components/TopBar';
import { KpiCards } from '../views/overview/KpiCards';

/**
 * The default view's top — header, filter bar and KPI cards — as static HTML, rendered at build
 * time by the page's own components from the build-time snapshot, so the browser paints the KPIs
 * from index.html while the JS downloads. React then renders the same elements with the same
 * numbers into #root (src/app/App.tsx): nothing moves, nothing changes but the badge's absence
 * once the numbers are live.
 */

/** The id of the `<template>` holding the first paint in this language (read by index.html's first script). */
export function firstPaintTemplateId(locale: Locale): string {
  return `cible-first-paint-${locale}`;
}

const ignore = () => undefined;

function snapshotted(query: BuiltQuery): ColumnarResult {
  const result = firstPaintResult(snapshotKey(DEFAULT_FILTERS.dataset, query.sql, query.params));
  if (!result) throw new Error(`the first-paint snapshot lacks a query of the default view: ${query.sql.slice(0, 80)}`);
  return result;
}

/**
 * ShareButton's idle look. The real one reads the page's address and this browser's uploads, which
 * the build has neither of; the static copy is inert, so only its size matters (the e2e test
 * first-paint.test.ts checks the KPI cards do not move when React replaces it).
 */
function StaticShareButton() {
  const { t } = useI18n();
  return (
    <span className="share">
      <button type="button" className="button-secondary">
        {t('share.copy')}
      </button>
      <span role="status" aria-live="polite" className="share-status" />
    </span>
  );
}

/** The page as React first renders it for `#` (App.tsx's Shell), down to the KPI cards. */
function FirstPaintShell({ locale }: { locale: Locale }) {
  const shell = shellQueries(DEFAULT_FILTERS);
  const facets = readDatasetFacets(snapshotted(shell.facets));
  // The default view covers the data's last year (state/default-period.ts), as the page does.
  const filters = withDefaultPeriod(DEFAULT_FILTERS, facets.lastDate);
  // Computed by the build from the same snapshot (cli/first-paint-cards.ts), as the page shows them.
  const kpis = firstPaintCards();
  return (
    // `inert`: nothing here answers a click before the page's script has replaced it.
    <div className="shell" inert>
      <TopBar
        view="overview"
        locale={locale}
        datasetPicker={<DatasetSelect value={filters.dataset} uploaded={[]} onChange={ignore} />}
        illustrative={BUNDLED_DATASETS.sample.illustrative}
        share={<StaticShareButton />}
        // Its label does not depend on the theme, so the copy is the size of the live one.
        themeToggle={<ThemeToggle dark={false} onToggle={ignore} />}
        onNavigate={ignore}
        onLocaleChange={ignore}
      />
      <FilterBar
        filters={filters}
        facets={facets}
        targetVersions={versionsOf(readTargetVersions(snapshotted(shell.targetVersions)), filters.retailer)}
        onChange={ignore}
      />
      <main id="main" tabIndex={-1}>
        <div className="overview">
          {/* The state useNamedQuery starts from when the snapshot holds the query: marked as build-time. */}
          <KpiCards state={{ status: 'loading', data: kpis, error: null, snapshot: true }} basis={filters.basis} />
        </div>
      </main>
    </div>
  );
}

/**
 * One inert `<template>` per language, for the end of index.html's body: the page's first script
 * copies the one it needs into #root, and only for a link that leaves the view at its defaults.
 */
export function firstPaintTemplates(snapshot: FirstPaintSnapshot): string {
  provideFirstPaintSnapshot(snapshot);
  return LOCALES.map((locale) => {
    const markup = renderToStaticMarkup(
      <I18nProvider locale={locale}>
        <FirstPaintShell locale={locale} />
      </I18nProvider>,
    );
    return `<template id="${firstPaintTemplateId(locale)}">${markup}</template>`;
  }).join('\n');
}
