import { describe, expect, it } from 'vitest';
import { buildOutlook, type Outlook } from '../../src/analytics/outlook';
import type { ChannelPeriodRow } from '../../src/analytics/revenue-history';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';
import { forecastChartPoints, timeOf } from '../../src/views/outlook/forecast-chart-model';
import { phasingRows } from '../../src/views/outlook/phasing-table-model';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;
const goalOutlook = (o: Outlook): GoalOutlook => {
  if (o.kind !== 'goal') throw new Error('expected a goal');
  return o;
};
const VERSIONS = [
  { retailer: 'Carrefour', setOn: '2018-01-23', amount: 5e9, label: '€5bn', source: 'https://a.example/plan' },
  { retailer: 'Carrefour', setOn: '2020-02-27', amount: 4.2e9, label: '€4.2bn', source: 'https://b.example/cut' },
];

describe('outlook view models on the public figures', () => {
  const yearly = (values: Record<number, number>): ChannelPeriodRow[] =>
    Object.entries(values).map(([y, revenue]) => ({ period: `${y}-01-01`, channel: 'total', revenue, orders: null, commission: null }));
  const outlook = goalOutlook(
    buildOutlook({
      grain: 'year',
      rows: yearly({ 2017: 0.85e9, 2018: 1.2e9, 2019: 1.3e9, 2020: 2.3e9, 2022: 4.2e9 }),
      toDate: [{ channel: 'total', revenue: 4.2e9, orders: null, commission: null }],
      lastDate: '2022-12-31',
      goal: { start: '2022-01-01', end: '2022-12-31', inForce: 4.2e9 },
      versions: VERSIONS,
      projection: 4.2e9,
      phasing: DEFAULT_PHASING,
      model: null,
    }),
  );

  it('the yearly phasing table runs from the first plan year, each year under the plan of its time', () => {
    const { rows } = phasingRows(outlook, 'year', false);
    expect(rows.map((r) => r.period.slice(0, 4))).toEqual(['2018', '2019', '2020', '2021', '2022']);
    // 2018–2019 under the 2018 plan (from 2017's €0.85bn at 42.5% a year), 2020 on under the cut (from 2019's €1.3bn at 47.8%).
    expect(rows.map((r) => Number((r.target / 1e9).toFixed(4)))).toEqual([1.2115, 1.7268, 1.9218, 2.8411, 4.2]);
    expect(rows.map((r) => Number(((r.original ?? 0) / 1e9).toFixed(4)))).toEqual([1.2115, 1.7268, 2.4612, 3.508, 5]);
    expect(rows.map((r) => r.actual)).toEqual([1.2e9, 1.3e9, 2.3e9, null, 4.2e9]);
    expect(rows.every((r) => !r.partial)).toBe(true);
  });

  it('the chart puts each year at its end, with the target in force and the original plan, and no forecast once the period is over', () => {
    const points = forecastChartPoints(outlook);
    expect(points.map((p) => p.period.slice(0, 4))).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(points[0]!.x).toBe(timeOf('2017-12-31'));
    expect(points[4]!.actual).toBeNull(); // 2021 was not published
    expect(points[2]!.target).toBeCloseTo(1.72679e9, -4);
    expect(points[3]!.target).toBeCloseTo(1.92182e9, -4);
    expect(points[3]!.original).toBeCloseTo(2.46122e9, -4);
    expect(points.every((p) => p.forecast === null && p.band === null)).toBe(true);
  });
});

describe('outlook view models on monthly data with a month in progress', () => {
  // 2019-01 … 2022-05 complete at 100 + 2t a month; 1–15 June 2022 sold 70.
  const months: ChannelPeriodRow[] = Array.from({ length: 41 }, (_, t) => {
    const y = 2019 + Math.floor(t / 12);
    return { period: `${y}-${String((t % 12) + 1).padStart(2, '0')}-01`, channel: 'web', revenue: 100 + 2 * t, orders: null, commission: null };
  });
  const janToMay = months.slice(36).reduce((s, r) => s + r.revenue, 0); // 172 + 174 + 176 + 178 + 180 = 880
  const outlook = goalOutlook(
    buildOutlook({
      grain: 'month',
      rows: [...months, { period: '2022-06-01', channel: 'web', revenue: 70, orders: null, commission: null }],
      toDate: [{ channel: 'web', revenue: janToMay + 70, orders: null, commission: null }],
      lastDate: '2022-06-15',
      goal: { start: '2022-01-01', end: '2022-12-31', inForce: 2400 },
      versions: [{ retailer: 'R', setOn: '2021-10-01', amount: 2400, label: 'goal', source: null }],
      projection: ((janToMay + 70) / 166) * 365,
      phasing: { ...DEFAULT_PHASING, split: 'even' },
      model: 'linear',
    }),
  );

  it('counts the month in progress in its month and quarter, marked as to date', () => {
    const months = phasingRows(outlook, 'month', false).rows;
    expect(months).toHaveLength(12);
    expect(months[4]).toMatchObject({ period: '2022-05-01', actual: 180, partial: false });
    expect(months[5]).toMatchObject({ period: '2022-06-01', partial: true });
    expect(months[5]!.actual).toBeCloseTo(70, 9);
    expect(months[6]!.actual).toBeNull();
    // 2400 spread by days: June is 30/365 of it.
    expect(months[5]!.target).toBeCloseTo((2400 * 30) / 365, 9);
    const quarters = phasingRows(outlook, 'quarter', false).rows;
    expect(quarters.map((q) => [q.period, q.partial])).toEqual([
      ['2022-01-01', false],
      ['2022-04-01', true],
      ['2022-07-01', false],
      ['2022-10-01', false],
    ]);
    expect(quarters[1]!.actual).toBeCloseTo(178 + 180 + 70, 9);
  });

  it('joins the forecast to the last complete month and scales it by the scenario', () => {
    const points = forecastChartPoints(outlook);
    const may = points.find((p) => p.period === '2022-05-01')!;
    expect(may.forecast).toBe(180);
    expect(may.band).toEqual([180, 180]);
    const june = points.find((p) => p.period === '2022-06-01')!;
    expect(june.actual).toBeNull();
    expect(june.forecast).toBeCloseTo(182, 9); // the line 100 + 2t continued
    const scaled = forecastChartPoints(outlook, 1.1).find((p) => p.period === '2022-06-01')!;
    expect(scaled.forecast).toBeCloseTo(182 * 1.1, 9);
    expect(points[points.length - 1]!.period).toBe('2022-12-01');
  });
});
