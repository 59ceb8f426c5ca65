import { describe, expect, it } from 'vitest';
import type { AllianceChannelRow } from '../../src/queries/alliance-channels';
import { buildAlliances, isPartialYear } from '../../src/views/competition/alliance-model';

const channel = (retailer: string, name: string, revenue: number, retailerRevenue: number, patch: Partial<AllianceChannelRow> = {}): AllianceChannelRow => ({
  retailer,
  channel: name,
  revenue,
  gross: revenue,
  commission: 0,
  orders: 10,
  rowsWithoutCommission: 0,
  rows: 1,
  retailerRevenue,
  ...patch,
});
const year = (retailer: string, y: number, revenue: number) => ({
  retailer,
  year: y,
  revenue,
  firstDate: `${y}-01-01`,
  lastDate: `${y}-12-31`,
  metrics: ['m'],
  sources: [`https://example.org/${retailer}`],
});
const LABELS = { gross: 'Gross', net: 'Net' };
const EVENTS = [
  { date: '2018-06-11', retailer: 'A', label: 'A × Google partnership announced', sourceUrl: 'https://example.org/launch' },
  { date: '2020-06-16', retailer: 'A', label: 'Voice launch', sourceUrl: null },
];

describe('buildAlliances()', () => {
  it('gives each retailer its voice share and its share of the compared retailers’ voice revenue', () => {
    // A: web 900 + voice 100 = 1,000; B: web 300 + voice 300 = 600. Voice market = 400.
    const cards = buildAlliances(
      {
        dataset: 'sample',
        channels: [
          channel('A', 'web', 900, 1000),
          channel('A', 'voice', 100, 1000, { commission: 12 }),
          channel('B', 'web', 300, 600),
          channel('B', 'voice', 300, 600),
        ],
        years: [year('A', 2018, 400), year('A', 2020, 600), year('B', 2020, 600)],
        history: [year('A', 2018, 400), year('A', 2020, 600), year('B', 2020, 600)],
        platforms: [],
        events: EVENTS,
      },
      LABELS,
    );
    const [a, b] = cards;
    expect(a).toMatchObject({
      retailer: 'A',
      revenue: 1000,
      commission: 12,
      orders: 20,
      voiceRevenue: 100,
      voiceShare: 0.1,
      voiceMarketShare: 0.25,
      commissionStatus: 'counted',
    });
    expect(b).toMatchObject({ voiceShare: 0.5, voiceMarketShare: 0.75 });
    expect(a!.channels.map((c) => [c.channel, c.share])).toEqual([
      ['web', 0.9],
      ['voice', 0.1],
    ]);
    // Every year of the compared period is listed, with or without a figure.
    expect(a!.years.map((y) => [y.year, y.revenue])).toEqual([
      [2018, 400],
      [2019, null],
      [2020, 600],
    ]);
    expect(b!.years.map((y) => y.revenue)).toEqual([null, null, 600]);
    // Launch 11 June 2018 (the partnership, not the later voice launch): 2020 = 600 / 400 = 150.
    expect(a!.launch?.date).toBe('2018-06-11');
    expect(a!.index.points.find((p) => p.year === 2020)!.index).toBe(150);
    expect(b!.index.base).toBe('first-year');
    expect(a!.sources).toEqual(['https://example.org/A']);
  });

  it('indexes growth on whole years before the chosen period, up to its end', () => {
    // The period is 2022 (to 30 June, a part-year); the launch year 2018 lies before it.
    const cards = buildAlliances(
      {
        dataset: 'sample',
        channels: [channel('A', 'web', 500, 500)],
        years: [{ ...year('A', 2022, 500), lastDate: '2022-06-30' }],
        history: [year('A', 2018, 400), year('A', 2021, 1000), { ...year('A', 2022, 500), lastDate: '2022-06-30' }],
        platforms: [],
        events: EVENTS,
      },
      LABELS,
    );
    expect(cards[0]!.years.map((y) => y.year)).toEqual([2022]);
    expect(cards[0]!.index.points.map((p) => [p.year, p.index])).toEqual([
      [2018, 100],
      [2019, null],
      [2020, null],
      [2021, 250],
    ]);
  });

  it('on published totals: no channel split, voice unknown for everyone compared, commission not stated', () => {
    const cards = buildAlliances(
      {
        dataset: 'public',
        channels: [
          channel('Carrefour', 'total', 4.2e9, 4.2e9, { orders: null, rowsWithoutCommission: 1 }),
          channel('Monoprix', 'partner', 12.5e6, 12.5e6, { orders: null, commission: 1e6 }),
        ],
        years: [year('Carrefour', 2022, 4.2e9), year('Monoprix', 2018, 12.5e6)],
        history: [year('Carrefour', 2022, 4.2e9), year('Monoprix', 2018, 12.5e6)],
        platforms: [],
        events: [],
      },
      LABELS,
    );
    const [carrefour, monoprix] = cards;
    expect(carrefour).toMatchObject({ channels: [], voiceRevenue: null, voiceShare: null, voiceMarketShare: null, orders: null, commissionStatus: 'none' });
    // Monoprix's only public figure is the Amazon estimate: its other channels were not published.
    expect(monoprix).toMatchObject({ channels: [], voiceShare: null, commission: 1e6, commissionStatus: 'counted' });
    expect(carrefour!.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
  });
});

describe('isPartialYear()', () => {
  it.each([
    ['a whole year of daily rows', '2022-01-01', '2022-12-31', false],
    ['daily rows ending in June', '2022-01-01', '2022-06-30', true],
    ['daily rows starting in March (a launch)', '2018-03-27', '2018-12-31', true],
    ['monthly rows, January to December', '2022-01-01', '2022-12-01', false],
    ['one published figure dated 31 December', '2017-12-31', '2017-12-31', false],
    ['one published figure dated 1 January', '2017-01-01', '2017-01-01', false],
  ])('%s', (_why, firstDate, lastDate, partial) => {
    expect(isPartialYear({ year: Number(firstDate.slice(0, 4)), firstDate, lastDate })).toBe(partial);
  });
});
