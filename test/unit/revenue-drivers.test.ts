import { describe, expect, it } from 'vitest';
import { bridgeSteps, channelDrivers, driverBridge, type BridgeLabels, type ChannelPeriods } from '../../src/analytics/revenue-drivers';
import { waterfallBars } from '../../src/analytics/waterfall';

// Computed by hand, each effect at the average of the other factor:
//   web:     100 orders × €50 = €5,000  →  120 × €55 = €6,600   (+€1,600 = +20 × 52.5 = +1,050 orders, +5 × 110 = +550 basket)
//   voice:   none                         →  10 × €40  = €400     (new channel: +€400 all orders)
//   partner: 50 × €40 = €2,000            →  40 × €45  = €1,800   (−€200 = −10 × 42.5 = −425 orders, +5 × 45 = +225 basket)
const ROWS: ChannelPeriods[] = [
  { channel: 'partner', revenue0: 2000, orders0: 50, revenue1: 1800, orders1: 40 },
  { channel: 'web', revenue0: 5000, orders0: 100, revenue1: 6600, orders1: 120 },
  { channel: 'voice', revenue0: 0, orders0: 0, revenue1: 400, orders1: 10 },
];

const LABELS: BridgeLabels = {
  before: 'a year earlier',
  actual: 'actual',
  target: 'target',
  gap: 'gap',
  orders: (c) => `${c} orders`,
  basket: (c) => `${c} basket`,
  unexplained: (c) => `${c} unexplained`,
};

describe('channelDrivers()', () => {
  it('splits a change symmetrically: Δorders × mean basket and Δbasket × mean orders', () => {
    expect(channelDrivers(ROWS[1]!)).toMatchObject({ change: 1600, ordersEffect: 1050, basketEffect: 550, basket0: 50, basket1: 55, unexplained: 0 });
    expect(channelDrivers(ROWS[0]!)).toMatchObject({ change: -200, ordersEffect: -425, basketEffect: 225 });
  });

  it('a basket that moved by less than half a cent is no driver: €62.13 in both years, the change is all orders', () => {
    // 60M orders at €62.1312, then 63M at €62.1301: the old split said "−€69k from the basket".
    const row = { channel: 'web', revenue0: 60e6 * 62.1312, orders0: 60e6, revenue1: 63e6 * 62.1301, orders1: 63e6 };
    const d = channelDrivers(row);
    expect(d.basketEffect).toBe(0);
    expect(d.ordersEffect).toBe(d.change);
    // A one-cent move is a driver: €0.01 × (10,000 + 12,000) / 2 = €110.
    const cent = channelDrivers({ channel: 'web', revenue0: 10_000 * 40, orders0: 10_000, revenue1: 12_000 * 40.01, orders1: 12_000 });
    expect(cent.basketEffect).toBeCloseTo(110, 6);
    expect(cent.ordersEffect).toBeCloseTo(2000 * 40.005, 6);
  });

  it('counts a new channel, and one that stopped, as all orders effect', () => {
    expect(channelDrivers(ROWS[2]!)).toMatchObject({ ordersEffect: 400, basketEffect: 0, basket0: null, basket1: 40 });
    expect(channelDrivers({ channel: 'web', revenue0: 300, orders0: 10, revenue1: 0, orders1: 0 })).toMatchObject({
      change: -300,
      ordersEffect: -300,
      basketEffect: 0,
    });
  });

  it('leaves a change unexplained when orders are not counted', () => {
    expect(channelDrivers({ channel: 'total', revenue0: 1.2e9, orders0: null, revenue1: 1.3e9, orders1: null })).toMatchObject({
      change: 1e8,
      ordersEffect: null,
      basketEffect: null,
      unexplained: 1e8,
    });
  });

  it('the parts add up to the change for awkward numbers too', () => {
    const row = { channel: 'web', revenue0: 1234567.89, orders0: 30011, revenue1: 2345678.91, orders1: 41017 };
    const d = channelDrivers(row);
    expect(d.ordersEffect! + d.basketEffect!).toBe(d.change);
    // Δbasket × mean orders, computed directly; and Δorders × mean basket agrees with the rest.
    const b0 = row.revenue0 / row.orders0;
    const b1 = row.revenue1 / row.orders1;
    expect(d.basketEffect!).toBeCloseTo(((b1 - b0) * (row.orders0 + row.orders1)) / 2, 6);
    expect(d.ordersEffect!).toBeCloseTo(((row.orders1 - row.orders0) * (b0 + b1)) / 2, 6);
  });
});

describe('driverBridge()', () => {
  const bridge = driverBridge(ROWS, 10_000);

  it('totals the effects: €7,000 → €8,800 is +€1,025 from orders and +€775 from the basket', () => {
    expect(bridge).toMatchObject({
      revenue0: 7000,
      revenue1: 8800,
      change: 1800,
      ordersEffect: 1025,
      basketEffect: 775,
      unexplained: 0,
      gap: 1200,
      noOrders: false,
      noEarlier: false,
    });
    expect(bridge.ordersEffect + bridge.basketEffect).toBe(bridge.change);
    expect(bridge.channels.map((c) => c.channel)).toEqual(['web', 'voice', 'partner']); // largest change first
  });

  it('says what either driver alone would take to close the €1,200 gap', () => {
    // Average basket €8,800 / 170 orders; 1,200 / (8,800 / 170) = 23.18 more orders (+13.6%),
    // or a basket of €10,000 / 170 = €58.82 (+13.6%).
    expect(bridge.toClose!.extraOrders).toBeCloseTo((1200 * 170) / 8800, 9);
    expect(bridge.toClose!.extraOrdersShare).toBeCloseTo(1200 / 8800, 12);
    expect(bridge.toClose!.basketNeeded).toBeCloseTo(10_000 / 170, 9);
    expect(driverBridge(ROWS, 8000).toClose).toBeNull(); // ahead of target: nothing to close
    expect(driverBridge(ROWS, null)).toMatchObject({ target: null, gap: null, toClose: null });
  });

  it('builds a bridge whose changes reconcile with both totals', () => {
    const bars = waterfallBars(bridgeSteps(bridge, LABELS));
    expect(bars.map((b) => [b.label, b.start, b.end])).toEqual([
      ['a year earlier', 0, 7000],
      ['web orders', 7000, 8050],
      ['web basket', 8050, 8600],
      ['voice orders', 8600, 9000], // a new channel's basket did not change: no empty column
      ['partner orders', 9000, 8575],
      ['partner basket', 8575, 8800],
      ['actual', 0, 8800],
      ['gap', 8800, 10_000],
      ['target', 0, 10_000],
    ]);
    expect(bars.filter((b) => b.kind === 'total').map((b) => b.mismatch)).toEqual([null, 0, 0]);
    expect(bars[4]).toMatchObject({ low: 8575, high: 9000 });
  });

  it('a target met to the euro has no empty gap column', () => {
    expect(
      bridgeSteps(driverBridge(ROWS, 8800), LABELS)
        .map((s) => s.key)
        .slice(-2),
    ).toEqual(['actual', 'target']);
  });

  it('with no sales in the earlier period, says there is nothing to compare with', () => {
    expect(driverBridge([{ channel: 'web', revenue0: 0, orders0: 0, revenue1: 20.8e6, orders1: 300_000 }], null).noEarlier).toBe(true);
    expect(driverBridge([{ channel: 'total', revenue0: 0, orders0: 0, revenue1: 4.2e9, orders1: null }], 4.2e9).noEarlier).toBe(true);
  });

  it('with no order counts at all, says so and bridges the change as unexplained', () => {
    const published = driverBridge([{ channel: 'total', revenue0: 1.2e9, orders0: null, revenue1: 1.3e9, orders1: null }], null);
    expect(published.noOrders).toBe(true);
    expect(bridgeSteps(published, LABELS).map((s) => s.key)).toEqual(['before', 'unexplained:total', 'actual']);
  });
});
