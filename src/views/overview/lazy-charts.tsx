import { lazy } from 'react';

/**
 * The overview's charts, loaded as a chunk of their own: Recharts and its d3 and Redux
 * dependencies are most of the app's JavaScript, and the KPIs (from the build-time snapshot)
 * paint without waiting for them. OverviewPage shows a placeholder card of the same height until
 * the chunk arrives, a moment later.
 */
export const GoalProgressChart = lazy(() => import('./GoalProgressChart').then((m) => ({ default: m.GoalProgressChart })));
export const RevenueByChannelChart = lazy(() => import('./RevenueByChannelChart').then((m) => ({ default: m.RevenueByChannelChart })));
export const ChannelMixChart = lazy(() => import('./ChannelMixChart').then((m) => ({ default: m.ChannelMixChart })));
export const CommissionChart = lazy(() => import('./CommissionChart').then((m) => ({ default: m.CommissionChart })));

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
