import type { WaterfallStep } from './waterfall';

/**
 * Revenue = orders × average basket, per channel. The change from a comparison period (0) to the
 * measured period (1) splits additively and symmetrically (the Shapley split of a product):
 *   orders effect = (orders₁ − orders₀) × (basket₀ + basket₁) / 2
 *   basket effect = (basket₁ − basket₀) × (orders₀ + orders₁) / 2
 * which add up to revenue₁ − revenue₀ exactly. The earlier form (Δorders × basket₀, orders₁ ×
 * Δbasket) gave the whole interaction term to the basket, and turned a basket that moved by a
 * hundredth of a cent (€62.13 in both years) into "−€7.12k from the basket" on 60M orders.
 *
 * Baskets are shown to the cent: a change smaller than half a cent is not a driver anyone can
 * see, so its basket effect is 0 and the channel's change is all orders (the effects still add
 * up exactly: the orders effect is the change minus the basket effect). A channel new in period 1
 * (no orders before) or gone in period 1 is all orders effect. Without order counts (published
 * totals) the change cannot be split and is reported as unexplained.
 */

export interface ChannelPeriods {
  channel: string;
  revenue0: number;
  orders0: number | null;
  revenue1: number;
  orders1: number | null;
}

export interface ChannelDrivers extends ChannelPeriods {
  change: number;
  basket0: number | null;
  basket1: number | null;
  /** null when orders are not counted. */
  ordersEffect: number | null;
  basketEffect: number | null;
  /** The part of the change the orders and basket do not explain (no order counts): else 0. */
  unexplained: number;
}

const basket = (revenue: number, orders: number | null) => (orders === null || orders === 0 ? null : revenue / orders);

/** A basket change below this (in euros) rounds away in the table: not a driver. */
export const BASKET_NOISE_EUR = 0.005;

export function channelDrivers(row: ChannelPeriods): ChannelDrivers {
  const change = row.revenue1 - row.revenue0;
  const basket0 = basket(row.revenue0, row.orders0);
  const basket1 = basket(row.revenue1, row.orders1);
  const base = { ...row, change, basket0, basket1 };
  if (row.orders0 === null || row.orders1 === null || (row.orders0 === 0 && row.orders1 === 0)) {
    return { ...base, ordersEffect: null, basketEffect: null, unexplained: change };
  }
  if (basket0 === null || basket1 === null) {
    // A channel that starts or stops: its whole change is a change in orders.
    return { ...base, ordersEffect: change, basketEffect: 0, unexplained: 0 };
  }
  const basketChange = basket1 - basket0;
  const basketEffect = Math.abs(basketChange) < BASKET_NOISE_EUR ? 0 : (basketChange * (row.orders0 + row.orders1)) / 2;
  return { ...base, ordersEffect: change - basketEffect, basketEffect, unexplained: 0 };
}

export interface GapToClose {
  gap: number;
  /** At the period's average basket: the orders still needed, and as a share of its orders. */
  extraOrders: number;
  extraOrdersShare: number;
  /** At the period's orders: the average basket needed, and its rise as a share. */
  basketNeeded: number;
  basketRise: number;
}

export interface DriverBridge {
  revenue0: number;
  revenue1: number;
  change: number;
  ordersEffect: number;
  basketEffect: number;
  unexplained: number;
  channels: ChannelDrivers[];
  target: number | null;
  /** Target minus actual: positive = still to go. */
  gap: number | null;
  /** How either driver alone would close a positive gap; null when met or orders are unknown. */
  toClose: GapToClose | null;
  /** True when no channel has order counts: nothing to split. */
  noOrders: boolean;
  /** True when there were no sales at all in the comparison period: nothing to bridge from. */
  noEarlier: boolean;
}

export function driverBridge(rows: readonly ChannelPeriods[], target: number | null): DriverBridge {
  const channels = rows.map(channelDrivers).sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.channel.localeCompare(b.channel));
  const sum = (pick: (c: ChannelDrivers) => number) => channels.reduce((total, c) => total + pick(c), 0);
  const revenue0 = sum((c) => c.revenue0);
  const revenue1 = sum((c) => c.revenue1);
  const orders1 = channels.every((c) => c.orders1 !== null) ? sum((c) => c.orders1 ?? 0) : null;
  const gap = target === null ? null : target - revenue1;
  let toClose: GapToClose | null = null;
  if (gap !== null && gap > 0 && orders1 !== null && orders1 > 0 && revenue1 > 0) {
    const averageBasket = revenue1 / orders1;
    toClose = { gap, extraOrders: gap / averageBasket, extraOrdersShare: gap / revenue1, basketNeeded: target! / orders1, basketRise: gap / revenue1 };
  }
  return {
    revenue0,
    revenue1,
    change: revenue1 - revenue0,
    ordersEffect: sum((c) => c.ordersEffect ?? 0),
    basketEffect: sum((c) => c.basketEffect ?? 0),
    unexplained: sum((c) => c.unexplained),
    channels,
    target,
    gap,
    toClose,
    noOrders: channels.length > 0 && channels.every((c) => c.ordersEffect === null),
    noEarlier: channels.length > 0 && channels.every((c) => c.revenue0 === 0),
  };
}

export interface BridgeLabels {
  before: string;
  actual: string;
  target: string;
  gap: string;
  orders: (channel: string) => string;
  basket: (channel: string) => string;
  unexplained: (channel: string) => string;
}

/**
 * The bridge as waterfall steps: the comparison period's revenue, each channel's orders and basket
 * effects, the measured revenue, then (with a target) the gap and the target.
 */
export function bridgeSteps(bridge: DriverBridge, labels: BridgeLabels): WaterfallStep[] {
  const steps: WaterfallStep[] = [{ key: 'before', label: labels.before, value: bridge.revenue0, kind: 'total' }];
  for (const c of bridge.channels) {
    if (c.ordersEffect !== null) {
      steps.push({ key: `orders:${c.channel}`, label: labels.orders(c.channel), value: c.ordersEffect, kind: 'delta' });
      // A basket that did not move (to the cent) would be an empty column: left out.
      if (c.basketEffect !== null && c.basketEffect !== 0)
        steps.push({ key: `basket:${c.channel}`, label: labels.basket(c.channel), value: c.basketEffect, kind: 'delta' });
    }
    if (c.unexplained !== 0) steps.push({ key: `unexplained:${c.channel}`, label: labels.unexplained(c.channel), value: c.unexplained, kind: 'delta' });
  }
  steps.push({ key: 'actual', label: labels.actual, value: bridge.revenue1, kind: 'total' });
  if (bridge.target !== null && bridge.gap !== null) {
    // A gap that rounds to €0 (target met to the euro) would be an empty column.
    if (Math.abs(bridge.gap) >= 0.5) steps.push({ key: 'gap', label: labels.gap, value: bridge.gap, kind: 'delta' });
    steps.push({ key: 'target', label: labels.target, value: bridge.target, kind: 'total' });
  }
  return steps;
}
