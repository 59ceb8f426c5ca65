import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';

document.documentElement.dataset.engine = 'loading';
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Offline and faster second visits (see offlineShell in vite.config.ts); relative, so it works
// under any sub-path. Not in development, where files change under the same names.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
