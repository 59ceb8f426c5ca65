import { startTransition, StrictMode } from 'react';
import { formatDate } from '../i18n/format';
import { intlWarmedUp } from '../i18n/intl-warmup';
import { isLocale } from '../i18n/locale';
import { engineWorkerStarted } from '../session/engine-start';

/**
 * Renders the app over index.html's first paint. Imported by main.tsx once DuckDB's worker is
 * started; React (here), React DOM and the app (both imported below) are evaluated in tasks of
 * their own: React DOM's module alone takes 20 to 45 ms to evaluate on a 2-core machine, and with
 * this module's own work it was one task of 50 to 75 ms after the first paint.
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * Resolves once the browser has painted a frame. When index.html's static copy of the default
 * view is in #root (the first script put it there), React waits for it to be on screen: the
 * browser runs a deferred module script as soon as the HTML is parsed, before any paint, so
 * rendering the app at once would hold the static KPIs back until React had rendered its own.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const staticCopyShown = root.querySelector(':scope > .shell[inert]') !== null;
const painted = staticCopyShown ? afterNextPaint() : Promise.resolve();
// The first date formatter loads the browser's calendar data for the language: in a task of its
// own after the first paint, not in the slice of React's render that shows the filters' dates,
// and after ICU has started on a worker (i18n/intl-warmup.ts; 25-45 ms here otherwise). The
// language is the one index.html's first script chose, as the app will.
const datesReady = Promise.all([painted, intlWarmedUp()]).then(
  () =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        const lang = document.documentElement.lang;
        formatDate('2000-01-01', isLocale(lang) ? lang : 'en');
        resolve();
      }, 0),
    ),
);
// React's first render is one long task (it builds the whole page): it goes after the DuckDB
// client has sent its worker the WASM to download (or 1 s), which would otherwise wait behind it.
Promise.all([import('react-dom/client'), import('./App'), datesReady, engineWorkerStarted(1000)]).then(([{ createRoot }, { App }]) => {
  // As a transition, the first render is sliced (it yields to the page every few milliseconds);
  // only its commit, putting the page in the document, is one task.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});
