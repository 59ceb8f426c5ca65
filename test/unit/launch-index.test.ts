import { describe, expect, it } from 'vitest';
import { launchEvent, launchIndex } from '../../src/analytics/launch-index';
import { waterfallBars, waterfallDomain } from '../../src/analytics/waterfall';

const EVENTS = [
  { date: '2018-01-23', retailer: 'Carrefour', label: 'Carrefour 2022 plan: €5bn food e-commerce goal for 2022', sourceUrl: null },
  { date: '2020-06-16', retailer: 'Carrefour', label: 'Voice grocery shopping launches on Google Assistant', sourceUrl: null },
  { date: '2018-06-11', retailer: 'Carrefour', label: 'Carrefour × Google partnership announced', sourceUrl: 'https://example.org/a' },
  { date: '2018-03-26', retailer: 'Monoprix', label: 'Monoprix × Amazon Prime Now partnership announced', sourceUrl: 'https://example.org/b' },
];

describe('launchEvent()', () => {
  it('picks the earliest event that names a partnership, not the earliest event', () => {
    expect(launchEvent(EVENTS, 'Carrefour')?.date).toBe('2018-06-11');
    expect(launchEvent(EVENTS, 'Monoprix')?.date).toBe('2018-03-26');
    expect(launchEvent([{ date: '2019-01-01', retailer: 'Auchan', label: 'Partenariat avec Ocado', sourceUrl: null }], 'Auchan')?.date).toBe('2019-01-01');
    expect(launchEvent(EVENTS, 'Leclerc')).toBeNull();
  });
});

describe('launchIndex()', () => {
  // Carrefour's published figures (€bn): 2017 0.85, 2018 1.2, 2019 1.3, 2020 2.3, 2021 not published, 2022 4.2.
  const carrefour = [
    { year: 2017, revenue: 0.85e9 },
    { year: 2018, revenue: 1.2e9 },
    { year: 2019, revenue: 1.3e9 },
    { year: 2020, revenue: 2.3e9 },
    { year: 2021, revenue: null },
    { year: 2022, revenue: 4.2e9 },
  ];

  it('is 100 in the launch year: 2022 is 4.2 / 1.2 × 100 = 350', () => {
    const index = launchIndex(carrefour, '2018-06-11');
    expect(index.base).toBe('launch');
    expect(index.baseYear).toBe(2018);
    expect(index.points.map((p) => [p.year, p.offset, p.index === null ? null : Math.round(p.index * 100) / 100])).toEqual([
      [2017, -1, 70.83],
      [2018, 0, 100],
      [2019, 1, 108.33],
      [2020, 2, 191.67],
      [2021, 3, null],
      [2022, 4, 350],
    ]);
  });

  it('without a launch event, indexes to the first year with revenue and says so', () => {
    expect(launchIndex(carrefour, null)).toMatchObject({ base: 'first-year', baseYear: 2017 });
    expect(launchIndex(carrefour, null).points[1]!.index).toBeCloseTo((1.2 / 0.85) * 100, 9);
  });

  it('gives no index when the launch year has no revenue, or there is none at all', () => {
    expect(launchIndex(carrefour, '2021-03-01')).toEqual({ base: 'launch-year-missing', baseYear: 2021, points: [] });
    expect(launchIndex([], '2018-01-01')).toEqual({ base: 'no-data', baseYear: null, points: [] });
  });
});

describe('waterfallBars()', () => {
  it('floats each change from the running total and checks totals against it', () => {
    const bars = waterfallBars([
      { key: 'gross', label: 'Gross', value: 243.6, kind: 'total' },
      { key: 'a', label: 'A', value: -20.2, kind: 'delta' },
      { key: 'b', label: 'B', value: -6.4, kind: 'delta' },
      { key: 'net', label: 'Net', value: 217, kind: 'total' },
    ]);
    expect(bars.map((b) => [b.low, b.high])).toEqual([
      [0, 243.6],
      [243.6 - 20.2, 243.6],
      [243.6 - 20.2 - 6.4, 243.6 - 20.2],
      [0, 217],
    ]);
    expect(bars[3]!.mismatch).toBeCloseTo(0, 9);
    expect(waterfallDomain(bars)).toEqual([0, 243.6]);
  });

  it('draws below zero when the running total goes negative', () => {
    const bars = waterfallBars([
      { key: 'a', label: 'A', value: 10, kind: 'total' },
      { key: 'b', label: 'B', value: -15, kind: 'delta' },
    ]);
    expect(bars[1]).toMatchObject({ start: 10, end: -5, low: -5, high: 10 });
    expect(waterfallDomain(bars)).toEqual([-5, 10]);
  });
});
