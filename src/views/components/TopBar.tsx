import type { MouseEvent, ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { Locale } from '../../i18n/locale';
import { VIEWS, type View } from '../../state/app-state';

interface TopBarProps {
  view: View;
  locale: Locale;
  /** The dataset picker: its choices depend on what this browser holds, so the page passes it in. */
  datasetPicker: ReactNode;
  /** The active dataset is illustrative: say so beside the picker. */
  illustrative: boolean;
  /** The share buttons (they read the page's address). */
  share: ReactNode;
  /** The light / dark switch (its state lives in this browser, not in the link). */
  themeToggle: ReactNode;
  onNavigate: (view: View) => void;
  onLocaleChange: (locale: Locale) => void;
}

/**
 * The top of every page: skip link, brand, views, dataset, share, print and language. Built from
 * props alone, so the build renders the same header into index.html for the first paint
 * (src/cli/first-paint-markup.tsx) that the page renders once its script runs.
 */
export function TopBar({ view, locale, datasetPicker, illustrative, share, themeToggle, onNavigate, onLocaleChange }: TopBarProps) {
  const { t } = useI18n();
  const go = (event: MouseEvent, target: View) => {
    event.preventDefault();
    onNavigate(target);
  };
  // The hash holds the view and every filter: following `#main` would replace it and reload the
  // page's data on defaults. The link moves focus to the content and leaves the address alone.
  const skip = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#main" data-testid="skip-link" onClick={skip}>
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="views-nav">
          {VIEWS.map((target) => (
            <a
              key={target}
              href={`#view=${target}`}
              data-testid={`nav-${target}`}
              aria-current={view === target ? 'page' : undefined}
              onClick={(e) => go(e, target)}
            >
              {t(`nav.${target}`)}
            </a>
          ))}
        </nav>
        <div className="topbar-controls">
          {datasetPicker}
          {illustrative ? (
            <span className="badge badge-illustrative" title={t('dataset.illustrativeNote')}>
              {t('dataset.illustrative')}
            </span>
          ) : null}
          {share}
          {view === 'overview' ? (
            <button type="button" className="button-secondary" data-testid="print-briefing" onClick={() => window.print()}>
              {t('print.button')}
            </button>
          ) : null}
          {themeToggle}
          <label className="field">
            <span className="field-label">{t('lang.label')}</span>
            <select value={locale} onChange={(e) => onLocaleChange(e.target.value as Locale)} data-testid="lang-select">
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          </label>
        </div>
      </header>
    </>
  );
}
