import { useEffect } from 'react';
import { EngineProvider, useEngineStatus } from '../hooks/engine-context';
import { useDatasetFacets } from '../hooks/use-overview';
import { useUrlState } from '../hooks/use-url-state';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { preferredLocale, type Locale } from '../i18n/locale';
import { BUNDLED_DATASETS } from '../model/bundled-datasets';
import type { BundledDatasetId } from '../model/dataset';
import type { AppState } from '../state/app-state';
import { DatasetSelect } from '../views/components/DatasetSelect';
import { EngineProgress } from '../views/components/EngineProgress';
import { FilterBar } from '../views/components/FilterBar';
import { LinkNotice } from '../views/components/LinkNotice';
import { OverviewPage } from '../views/overview/OverviewPage';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const url = useUrlState();
  const locale: Locale = url.state.lang ?? preferredLocale(navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      <EngineProvider>
        <Shell state={url.state} setState={url.setState} rejected={url.rejected} locale={locale} />
      </EngineProvider>
    </I18nProvider>
  );
}

interface ShellProps {
  state: AppState;
  setState: (state: AppState) => void;
  rejected: string[];
  locale: Locale;
}

function Shell({ state, setState, rejected, locale }: ShellProps) {
  const { t } = useI18n();
  const status = useEngineStatus();
  const facets = useDatasetFacets(state.filters.dataset);
  const info = BUNDLED_DATASETS[state.filters.dataset as BundledDatasetId];
  const datasetNote = info?.illustrative ? t('dataset.illustrativeFootnote') : t('dataset.realNote');

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="views-nav">
          <a href="#" aria-current="page">
            {t('nav.overview')}
          </a>
        </nav>
        <div className="topbar-controls">
          <DatasetSelect
            value={state.filters.dataset}
            onChange={(dataset) => setState({ ...state, filters: { ...state.filters, dataset, channels: [], region: null, category: null } })}
          />
          {info?.illustrative ? (
            <span className="badge badge-illustrative" title={t('dataset.illustrativeNote')}>
              {t('dataset.illustrative')}
            </span>
          ) : null}
          <label className="field">
            <span className="field-label">{t('lang.label')}</span>
            <select value={locale} onChange={(e) => setState({ ...state, lang: e.target.value as Locale })} data-testid="lang-select">
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          </label>
        </div>
      </header>
      <EngineProgress />
      <LinkNotice rejected={rejected} />
      <FilterBar filters={state.filters} facets={facets.data} onChange={(filters) => setState({ ...state, filters })} />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary title={t('error.unexpected')} reloadLabel={t('error.reload')}>
          <OverviewPage filters={state.filters} facets={facets.data} datasetNote={datasetNote} />
        </ErrorBoundary>
      </main>
      <footer className="page-footer">{status.version ? t('footer.engine', { version: status.version }) : t('engine.starting')}</footer>
    </div>
  );
}
