import { describe, expect, it } from 'vitest';
import { driverBridge } from '../../src/analytics/revenue-drivers';
import { allianceByYearQuery, readAllianceByYear } from '../../src/queries/alliance-by-year';
import { allianceChannelsQuery, readAllianceChannels } from '../../src/queries/alliance-channels';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { readRevenueDrivers, revenueDriversQuery } from '../../src/queries/revenue-drivers';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { queryRunner, useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });

const run = queryRunner(engine);
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
/** An independent figure straight off the sales table. */
const value = async (sql: string) => ((await engine.query(sql)).columns.v as Float64Array)[0]!;
const YEAR_2022 = { from: '2022-01-01', to: '2022-12-31' };

describe('allianceChannelsQuery()', () => {
  it('on the sample, 2022: Carrefour €4.2bn and Monoprix €218m, by channel, whatever retailer the overview shows', async () => {
    const rows = await run(allianceChannelsQuery(f({ dataset: 'sample', ...YEAR_2022, retailer: 'Carrefour' })), readAllianceChannels);
    const carrefour = rows.filter((r) => r.retailer === 'Carrefour');
    const monoprix = rows.filter((r) => r.retailer === 'Monoprix');
    expect(rows[0]!.retailer).toBe('Carrefour'); // largest first
    expect(carrefour[0]!.retailerRevenue).toBeCloseTo(4.2e9, 2);
    // Calibrated 2022 splits: web = Drive €2,373.84m + site €1,582.56m; Google Shopping €168m;
    // voice = Assistant €52.92m + Home €22.68m.
    expect(Object.fromEntries(carrefour.map((r) => [r.channel, Math.round(r.revenue)]))).toEqual({
      web: 3_956_400_000,
      partner: 168_000_000,
      voice: 75_600_000,
    });
    expect(monoprix[0]!.retailerRevenue).toBeCloseTo(218e6, 2); // monoprix.fr €185m + Amazon €33m
    const orders = await value(`SELECT sum(orders)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND channel = 'web' AND year(date) = 2022`);
    expect(carrefour.find((r) => r.channel === 'web')!.orders).toBe(orders);
    const commission = await value(`SELECT sum(commission_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Monoprix' AND year(date) = 2022`);
    expect(monoprix.reduce((t, r) => t + r.commission, 0)).toBeCloseTo(commission, 2);
    expect(rows.every((r) => r.rowsWithoutCommission === 0)).toBe(true);
  });

  it('on net revenue, each retailer’s revenue is gross less its commission', async () => {
    const gross = await run(allianceChannelsQuery(f({ dataset: 'sample', ...YEAR_2022 })), readAllianceChannels);
    const net = await run(allianceChannelsQuery(f({ dataset: 'sample', ...YEAR_2022, basis: 'net' })), readAllianceChannels);
    for (const row of net) {
      const g = gross.find((r) => r.retailer === row.retailer && r.channel === row.channel)!;
      expect(row.revenue).toBeCloseTo(g.revenue - g.commission, 2);
    }
  });

  it('equals the overview’s actual revenue for the same retailer and period', async () => {
    for (const retailer of ['Carrefour', 'Monoprix']) {
      for (const period of [YEAR_2022, { from: '2021-03-01', to: '2021-08-31' }]) {
        for (const basis of ['gross', 'net'] as const) {
          const rows = await run(allianceChannelsQuery(f({ dataset: 'sample', ...period, basis })), readAllianceChannels);
          const kpis = await run(kpiSummaryQuery(f({ dataset: 'sample', ...period, basis, retailer })), readKpiSummary);
          expect(rows.find((r) => r.retailer === retailer)!.retailerRevenue, `${retailer} ${period.from} ${basis}`).toBeCloseTo(kpis.actual!, 2);
        }
      }
    }
  });

  it('on the public figures, Carrefour’s total has no channel split, no orders and no commission figure', async () => {
    const rows = await run(allianceChannelsQuery(f({ dataset: 'public', ...YEAR_2022 })), readAllianceChannels);
    expect(rows).toEqual([
      {
        retailer: 'Carrefour',
        channel: 'total',
        revenue: 4.2e9,
        gross: 4.2e9,
        commission: 0,
        orders: null,
        rowsWithoutCommission: 1,
        rows: 1,
        retailerRevenue: 4.2e9,
      },
    ]);
    const all = await run(allianceChannelsQuery(f({ dataset: 'public', compare: ['Monoprix'] })), readAllianceChannels);
    expect(all).toEqual([
      {
        retailer: 'Monoprix',
        channel: 'partner',
        revenue: 12.5e6,
        gross: 12.5e6,
        commission: 1e6,
        orders: null,
        rowsWithoutCommission: 0,
        rows: 1,
        retailerRevenue: 12.5e6,
      },
    ]);
  });
});

describe('allianceByYearQuery()', () => {
  it('on the public figures: Carrefour’s years with what each measures (2021 absent: not published), Monoprix’s 2018 estimate', async () => {
    const rows = await run(allianceByYearQuery(f({ dataset: 'public' })), readAllianceByYear);
    const carrefour = rows.filter((r) => r.retailer === 'Carrefour');
    expect(carrefour.map((r) => [r.year, r.revenue])).toEqual([
      [2017, 0.85e9],
      [2018, 1.2e9],
      [2019, 1.3e9],
      [2020, 2.3e9],
      [2022, 4.2e9],
      [2023, 5.3e9],
    ]);
    expect(carrefour.find((r) => r.year === 2022)).toMatchObject({
      metrics: ['e-commerce GMV'],
      sources: ['https://financialreports.eu/filings/861597/content'],
    });
    const monoprix = rows.filter((r) => r.retailer === 'Monoprix');
    expect(monoprix).toHaveLength(1);
    expect(monoprix[0]).toMatchObject({ year: 2018, revenue: 12.5e6, metrics: ['analyst estimate (midpoint of €10–15m)'] });
    expect(monoprix[0]!.sources[0]).toMatch(/^https:\/\/www\.francetvinfo\.fr\//);
  });

  it('on the sample: the calibrated yearly totals, 2018 Monoprix = €75m site + €12.5m Amazon', async () => {
    const rows = await run(allianceByYearQuery(f({ dataset: 'sample' })), readAllianceByYear);
    expect(rows.find((r) => r.retailer === 'Carrefour' && r.year === 2018)!.revenue).toBeCloseTo(1.2e9, 2);
    expect(rows.find((r) => r.retailer === 'Monoprix' && r.year === 2018)!.revenue).toBeCloseTo(87.5e6, 2);
    expect(rows.filter((r) => r.retailer === 'Carrefour').map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });
});

describe('revenueDriversQuery()', () => {
  it('on the sample, Carrefour 2022 against 2021 by channel, with the €4.2bn target; the parts add up', async () => {
    const data = await run(revenueDriversQuery(f({ dataset: 'sample', from: '2022-01-01', to: '2022-12-31' })), readRevenueDrivers);
    expect(data).toMatchObject({ windowStart: '2022-01-01', windowEnd: '2022-12-31', previousStart: '2021-01-01', previousEnd: '2021-12-31' });
    expect(data.target).toBeCloseTo(4.2e9, 2);
    const web = data.channels.find((c) => c.channel === 'web')!;
    const webOrders = async (year: number) =>
      value(`SELECT sum(orders)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND channel = 'web' AND year(date) = ${year}`);
    expect(web.orders0).toBe(await webOrders(2021));
    expect(web.orders1).toBe(await webOrders(2022));
    expect(web.revenue0).toBeCloseTo(3_151_500_000, 2); // Drive €1,890.9m + site €1,260.6m
    expect(web.revenue1).toBeCloseTo(3_956_400_000, 2);
    const bridge = driverBridge(data.channels, data.target);
    expect(bridge.revenue0).toBeCloseTo(3.3e9, 2);
    expect(bridge.revenue1).toBeCloseTo(4.2e9, 2);
    expect(bridge.ordersEffect + bridge.basketEffect).toBeCloseTo(0.9e9, 2);
    expect(bridge.unexplained).toBe(0);
    expect(Math.abs(bridge.gap!)).toBeLessThan(1);
  });

  it('without a goal in the period, compares with the same dates a year earlier and has no target', async () => {
    const data = await run(revenueDriversQuery(f({ dataset: 'sample', from: '2021-03-01', to: '2021-08-31' })), readRevenueDrivers);
    expect(data).toMatchObject({ previousStart: '2020-03-01', previousEnd: '2020-08-31', target: null });
    const voice = data.channels.find((c) => c.channel === 'voice')!;
    // Voice launched on 16 June 2020: a year earlier it had only part of the window.
    const voiceBefore = await value(
      `SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND channel = 'voice' AND date BETWEEN '2020-03-01' AND '2020-08-31'`,
    );
    expect(voice.revenue0).toBeCloseTo(voiceBefore, 2);
  });

  it('on the public figures there are no order counts to split', async () => {
    const data = await run(revenueDriversQuery(f({ dataset: 'public', ...YEAR_2022 })), readRevenueDrivers);
    expect(data.channels).toEqual([{ channel: 'total', revenue0: 0, orders0: 0, revenue1: 4.2e9, orders1: null }]);
    expect(driverBridge(data.channels, data.target).noOrders).toBe(true);
  });
});
