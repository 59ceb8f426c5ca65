import { lazy, Suspense, useEffect } from 'react';
import { EngineProvider, useEngineStatus } from '../hooks/engine-context';
import { UploadsProvider, useUploads } from '../hooks/uploads-context';
import { useDatasetFacets, useTargetVersions } from '../hooks/use-dataset-facets';
import { useTheme } from '../hooks/use-theme';
import { useUrlState } from '../hooks/use-url-state';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { preferredLocale, type Locale } from '../i18n/locale';
import { BUNDLED_DATASETS } from '../model/bundled-datasets';
import type { BundledDatasetId } from '../model/dataset';
import type { AppState, View } from '../state/app-state';
import { withDefaultPeriod, withoutDefaultPeriod } from '../state/default-period';
import { DEFAULT_FILTERS, type Filters } from '../state/filters';
import { DatasetSelect } from '../views/components/DatasetSelect';
import { EngineProgress } from '../views/components/EngineProgress';
import { FilterBar } from '../views/components/FilterBar';
import { LinkNotice } from '../views/components/LinkNotice';
import { PrintHeader } from '../views/components/PrintHeader';
import { RemoteSourceConfirm } from '../views/components/RemoteSourceConfirm';
import { ClusterNotice } from '../views/components/ClusterNotice';
import { clusterDatasetId } from '../state/cluster-link';
import { ShareButton } from '../views/components/ShareButton';
import { ThemeToggle } from '../views/components/ThemeToggle';
import { TopBar } from '../views/components/TopBar';
import { OverviewPage } from '../views/overview/OverviewPage';
import { PeriodPending } from '../views/overview/PeriodPending';
import { ErrorBoundary } from './ErrorBoundary';

// The Data page (parsing, mapping, reports) is only fetched when an analyst opens it: the
// executive's first paint does not pay for it.
const DataPage = lazy(() => import('../views/data/DataPage').then((m) => ({ default: m.DataPage })));
const CompetitionPage = lazy(() => import('../views/competition/CompetitionPage').then((m) => ({ default: m.CompetitionPage })));
// Likewise the SQL console: CodeMirror and the grid load only when it is opened.
const ConsolePage = lazy(() => import('../views/console/ConsolePage').then((m) => ({ default: m.ConsolePage })));

export function App() {
  const url = useUrlState();
  const locale: Locale = url.state.lang ?? preferredLocale(navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      <EngineProvider embedded={url.state.embedded} source={url.state.source} cluster={url.state.cluster ?? null}>
        <UploadsProvider>
          <Shell state={url.state} setState={url.setState} rejected={url.rejected} locale={locale} />
        </UploadsProvider>
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
  const targetVersions = useTargetVersions(state.filters.dataset, state.filters.retailer);
  const info = BUNDLED_DATASETS[state.filters.dataset as BundledDatasetId];
  const datasetNote = info ? (info.illustrative ? t('dataset.illustrativeFootnote') : t('dataset.realNote')) : t('dataset.uploadedNote');
  const { datasets } = useUploads();
  const theme = useTheme();
  // A dataset's name as the viewer knows it (its id is for links and storage only).
  const nameOf = (id: string) =>
    Object.hasOwn(BUNDLED_DATASETS, id)
      ? t(`dataset.${id as BundledDatasetId}`)
      : state.cluster && id === clusterDatasetId(state.cluster)
        ? t('dataset.clickhouse', { table: state.cluster.table, host: new URL(state.cluster.url).host })
        : (datasets.find((d) => d.id === id)?.name ?? id);
  const datasetName = nameOf(state.filters.dataset);
  // The overview covers one period, shown in the date inputs: the chosen one, else the data's last year.
  const lastDate = facets.data?.lastDate ?? null;
  const overviewFilters = facets.data ? withDefaultPeriod(state.filters, lastDate) : null;
  const setFilters = (filters: Filters) => setState({ ...state, filters: withoutDefaultPeriod(filters, lastDate) });
  // A dataset's own retailer is selected: Carrefour where present, else its only retailer, else all.
  const openDataset = (dataset: string, retailers: string[] | null, view: View) => {
    const retailer = retailers === null || retailers.includes('Carrefour') ? DEFAULT_FILTERS.retailer : retailers.length === 1 ? retailers[0]! : null;
    // Choosing a dataset leaves the link's own data (#data / #src) behind.
    setState({ ...state, view, embedded: null, source: null, cluster: null, filters: { ...DEFAULT_FILTERS, dataset, retailer } });
  };

  return (
    <div className="shell">
      <TopBar
        view={state.view}
        locale={locale}
        datasetPicker={
          <DatasetSelect
            value={state.filters.dataset}
            source={state.source}
            cluster={state.cluster ?? null}
            uploaded={datasets}
            onChange={(dataset, retailers) => openDataset(dataset, retailers, state.view)}
          />
        }
        illustrative={info?.illustrative ?? false}
        share={<ShareButton state={state} />}
        themeToggle={<ThemeToggle dark={theme.theme === 'dark'} onToggle={theme.toggle} />}
        onNavigate={(view) => setState({ ...state, view })}
        onLocaleChange={(lang) => setState({ ...state, lang })}
      />
      <EngineProgress nameOf={nameOf} />
      <LinkNotice rejected={rejected} />
      <ClusterNotice dataset={state.filters.dataset} hidden={state.view === 'data'} />
      <RemoteSourceConfirm
        cluster={state.cluster ?? null}
        onDecline={() => setState({ ...state, source: null, embedded: null, cluster: null, filters: { ...DEFAULT_FILTERS } })}
      />
      {state.view === 'overview' ? (
        <FilterBar filters={overviewFilters ?? state.filters} facets={facets.data} targetVersions={targetVersions} onChange={setFilters} />
      ) : null}
      {state.view === 'overview' ? <PrintHeader datasetName={datasetName} filters={overviewFilters ?? state.filters} /> : null}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary title={t('error.unexpected')} reloadLabel={t('error.reload')}>
          {state.view === 'data' ? (
            <Suspense fallback={<p className="boot-message">{t('data.previewing')}</p>}>
              <DataPage
                onOpenDataset={(dataset, retailers) => openDataset(dataset, retailers, 'overview')}
                dataset={state.filters.dataset}
                cluster={state.cluster ?? null}
                onOpenCluster={(cluster) =>
                  setState({
                    ...state,
                    view: 'overview',
                    embedded: null,
                    source: null,
                    cluster,
                    filters: { ...DEFAULT_FILTERS, dataset: clusterDatasetId(cluster) },
                  })
                }
              />
            </Suspense>
          ) : state.view === 'competition' ? (
            <Suspense fallback={<p className="boot-message">{t('chart.loading')}</p>}>
              <CompetitionPage
                filters={state.filters}
                facets={facets.data}
                datasetNote={datasetNote}
                published={info !== undefined && !info.illustrative}
                onFiltersChange={(filters) => setState({ ...state, filters })}
              />
            </Suspense>
          ) : state.view === 'console' ? (
            <Suspense fallback={<p className="boot-message">{t('engine.starting')}</p>}>
              <ConsolePage dataset={state.filters.dataset} datasetName={datasetName} />
            </Suspense>
          ) : overviewFilters ? (
            <OverviewPage
              filters={overviewFilters}
              facets={facets.data}
              datasetNote={datasetNote}
              settings={state.settings}
              onSettingsChange={(settings) => setState({ ...state, settings })}
              onFiltersChange={setFilters}
            />
          ) : (
            // The period is not known before the dataset's dates: the KPI cards wait, as for any slice.
            <PeriodPending error={facets.status === 'error' ? facets.error : null} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="page-footer">{status.version ? t('footer.engine', { version: status.version }) : t('engine.starting')}</footer>
    </div>
  );
}
