import { lazy, memo } from 'react';
import { engineWorkerStarted } from '../../session/engine-start';

/**
 * The overview's charts, loaded as a chunk of their own: Recharts and its d3 and Redux
 * dependencies are most of the app's JavaScript, and the KPIs (from the build-time snapshot)
 * paint without waiting for them. They load once DuckDB's worker has started (rendering them
 * takes the page's thread for a while, and the engine's start would queue behind it).
 * OverviewPage shows placeholder cards of about their height until then.
 *
 * Each is memoised: the page renders again when the outlook answers or a setting changes, and a
 * chart whose props are the same (OverviewPage keeps them stable) is not drawn again.
 */
export const GoalProgressChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('./GoalProgressChart'))
    .then((m) => ({ default: memo(m.GoalProgressChart) })),
);
export const GoalHorizonChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('./GoalHorizonChart'))
    .then((m) => ({ default: memo(m.GoalHorizonChart) })),
);
export const RevenueByChannelChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('./RevenueByChannelChart'))
    .then((m) => ({ default: memo(m.RevenueByChannelChart) })),
);
export const ChannelMixChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('./ChannelMixChart'))
    .then((m) => ({ default: memo(m.ChannelMixChart) })),
);
export const ForecastChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('../outlook/ForecastChart'))
    .then((m) => ({ default: memo(m.ForecastChart) })),
);
export const CommissionChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('./CommissionChart'))
    .then((m) => ({ default: memo(m.CommissionChart) })),
);
export const DriverBridgeChart = lazy(() =>
  engineWorkerStarted()
    .then(() => import('./DriverBridgeChart'))
    .then((m) => ({ default: memo(m.DriverBridgeChart) })),
);

/** Stand-ins of about the charts' size while their chunk loads, so the page does not jump. */
export function ChartsPending() {
  return (
    <div className="chart-grid" aria-busy="true">
      <div className="span-2 card chart-pending chart-pending-tall" />
      <div className="span-2 card chart-pending chart-pending-tall" />
      <div className="card chart-pending" />
      <div className="card chart-pending" />
    </div>
  );
}
