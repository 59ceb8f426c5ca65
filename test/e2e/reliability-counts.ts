import { writeFigures } from '../support/reliability-figures';
import type { OpenedApp } from './browser';

/**
 * Writes what an end-to-end file's pages saw for the reliability figures: requests to another
 * origin (every page of every context it opened) and canaries that ran.
 */
export function recordBrowserFigures(file: string, apps: readonly OpenedApp[], canariesFired = 0): void {
  writeFigures(`browser-${file}`, {
    browsers: apps.length,
    canariesFired,
    requestsLeaked: apps.reduce((n, app) => n + app.foreignRequests.length, 0),
  });
}
