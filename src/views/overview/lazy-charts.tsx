import { memo, use, type ComponentType } from 'react';
import { engineWorkerStarted } from '../../session/engine-start';
import { inNextTask } from '../../session/next-task';

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
const loaders: (() => Promise<unknown>)[] = [];

/** A promise that React's `use` reads at once, without suspending, once it has settled. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

function tracked<T>(promise: Promise<T>): Tracked<T> {
  const result: Tracked<T> = promise;
  result.status = 'pending';
  result.then(
    (value) => Object.assign(result, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(result, { status: 'rejected', reason }),
  );
  return result;
}

/**
 * A chart whose code is a chunk of its own, fetched once: by its first render or, earlier, by
 * preloadOverviewCharts. Not React.lazy: a lazy component suspends on its first render even
 * when its chunk has arrived, and then hides the whole chart grid for at least 300 ms (React
 * throttles revealing a Suspense boundary again). `use` of a settled promise does not suspend.
 */
function chunk<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Tracked<ComponentType<P>> | null = null;
  // Asked in a task of its own: Vite's preload helper puts a <link> in the document for each
  // chunk the chart needs, which took 15-30 ms of the takeover's task when asked from its effects.
  const once = () => (loading ??= tracked(engineWorkerStarted().then(inNextTask).then(load)));
  loaders.push(once);
  function ChartChunk(props: P) {
    const Chart = use<ComponentType<P>>(once() as Promise<ComponentType<P>>);
    // Not created here: `Chart` is the chunk's own export, the same component on every render.
    // eslint-disable-next-line react-hooks/static-components
    return <Chart {...props} />;
  }
  return memo(ChartChunk) as unknown as ComponentType<P>;
}

export const GoalProgressChart = chunk(() => import('./GoalProgressChart').then((m) => m.GoalProgressChart));
export const GoalHorizonChart = chunk(() => import('./GoalHorizonChart').then((m) => m.GoalHorizonChart));
export const RevenueByChannelChart = chunk(() => import('./RevenueByChannelChart').then((m) => m.RevenueByChannelChart));
export const ChannelMixChart = chunk(() => import('./ChannelMixChart').then((m) => m.ChannelMixChart));
export const ForecastChart = chunk(() => import('../outlook/ForecastChart').then((m) => m.ForecastChart));
export const CommissionChart = chunk(() => import('./CommissionChart').then((m) => m.CommissionChart));
export const DriverBridgeChart = chunk(() => import('./DriverBridgeChart').then((m) => m.DriverBridgeChart));

/**
 * Fetches every chart's chunk now, before any chart renders: a chart then draws as soon as its
 * turn comes (draw-in-turn.tsx), instead of first waiting for its own chunk to arrive.
 */
export function preloadOverviewCharts(): void {
  for (const load of loaders) load().catch(() => undefined);
}

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
