// First, before React and the app evaluate: DuckDB's worker and client start right after the
// first frame (engine-boot.ts).
import './session/engine-boot';
// The overview's own style sheets, first as when the app was in this module's graph: they stay
// in the page's <head> stylesheet rather than arrive with the app's module.
import './views/overview/charts-interactive.css';
import './views/outlook/outlook.css';
import './app/styles.css';
import './app/controls.css';
import './app/charts-theme.css';
import './app/small-screens.css';
import { warmIntlOffThread } from './i18n/intl-warmup';
import { INTL_LOCALE, isLocale } from './i18n/locale';
import { afterFirstFrame } from './session/after-first-frame';

document.documentElement.dataset.engine = 'loading';
// ICU starts on a worker while the page loads (after its first frame), in the language index.html's
// first script chose.
const pageLang = document.documentElement.lang;
afterFirstFrame(() => warmIntlOffThread(INTL_LOCALE[isLocale(pageLang) ? pageLang : 'en']));
/**
 * Runs `then` once the page has settled: its numbers are live (`<html data-engine>` ready or
 * error), or, on a view without numbers, some seconds after load.
 */
function whenSettled(then: () => void, fallbackMs = 15_000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const settled = () => ['ready', 'error'].includes(document.documentElement.dataset.engine ?? '');
  const observer = new MutationObserver(() => {
    if (settled()) once();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-engine'] });
  window.addEventListener('load', () => setTimeout(once, fallbackMs));
}

// Offline and faster second visits (see offlineShell in vite.config.ts); relative, so it works
// under any sub-path. Not in development, where files change under the same names. Registered
// once the page has settled: installing precaches the shell, the 34 MB DuckDB WASM included,
// which must not compete with the engine's own start on a first visit.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  whenSettled(() => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

// React and the app are modules of their own, evaluated in later tasks (app/start.tsx): the
// page's modules evaluated in one go were one task of 55 to 85 ms after the first paint.
void import('./app/start');
