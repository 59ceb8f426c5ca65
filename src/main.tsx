// First, before React and the app evaluate: DuckDB's worker and client start now (engine-boot.ts).
import './session/engine-boot';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import './app/controls.css';
import './app/charts-theme.css';
import './app/small-screens.css';
import { engineWorkerStarted } from './session/engine-start';

document.documentElement.dataset.engine = 'loading';
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
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
// React's first render is one long task (it builds the whole page): it goes after the DuckDB
// client has sent its worker the WASM to download (or 1 s), which would otherwise wait behind it.
Promise.all([staticCopyShown ? afterNextPaint() : undefined, engineWorkerStarted(1000)]).then(() => {
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
