import { beforeAll, describe, expect, it } from 'vitest';
import { applyScenario, channelOutlook } from '../../src/analytics/scenario';
import { NEUTRAL_SCENARIO } from '../../src/model/scenario';
import { goalProgressQuery, readGoalProgress } from '../../src/queries/goal-progress';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { queryRunner, useNodeEngine } from '../support/node-engine';
import { outlookOf } from '../support/outlook-of';

const engine = useNodeEngine({ bundled: true });

const run = queryRunner(engine);
// 2022, the goal year: the period is named, since a link without one is judged as of the data's last day.
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, from: '2022-01-01', to: '2022-12-31', ...patch });
/** An independent total straight off the sales table, with no query builder involved. */
const total = async (sql: string, params: string[]) => ((await engine.query(sql, params)).columns.v as Float64Array)[0]!;

describe('attainment on net revenue (basis=net)', () => {
  it('on the sample, Carrefour 2022: net attainment is gross attainment less exactly the commission share', async () => {
    const gross = await run(kpiSummaryQuery(f({ dataset: 'sample' })), readKpiSummary);
    const net = await run(kpiSummaryQuery(f({ dataset: 'sample', basis: 'net' })), readKpiSummary);
    const revenue = await total(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = ? AND year(date) = 2022`, ['Carrefour']);
    const commission = await total(`SELECT sum(commission_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = ? AND year(date) = 2022`, ['Carrefour']);
    expect(revenue).toBeCloseTo(4.2e9, 2);
    // Google Shopping 12% of €168m + voice 12% of €75.6m ≈ €29.2m (recorded per row, to the cent).
    expect(commission).toBeGreaterThan(29.2e6);
    expect(commission).toBeLessThan(29.3e6);

    expect(gross.actual).toBeCloseTo(revenue, 2);
    expect(net.actual).toBeCloseTo(revenue - commission, 2);
    expect(net.target).toBe(gross.target); // the goal is the same; only what is measured changes
    expect(net.attainment!).toBeLessThan(gross.attainment!);
    const share = commission / revenue;
    expect(net.attainment!).toBeCloseTo(gross.attainment! * (1 - share), 12);
    expect(gross.attainment! - net.attainment!).toBeCloseTo(commission / gross.target!, 12);
    expect(net.gap!).toBeCloseTo(gross.gap! + commission, 2);
    expect(net.projection!).toBeLessThan(gross.projection!);
  });

  it('on the sample, Monoprix 2022: the Amazon commission (8%) comes off its illustrative €250m goal’s attainment', async () => {
    const gross = await run(kpiSummaryQuery(f({ dataset: 'sample', retailer: 'Monoprix' })), readKpiSummary);
    const net = await run(kpiSummaryQuery(f({ dataset: 'sample', retailer: 'Monoprix', basis: 'net' })), readKpiSummary);
    // 2022: monoprix.fr €185m + Amazon €33m = €218m gross; 8% of €33m = €2.64m (within cents).
    expect(gross.actual).toBeCloseTo(218e6, 2);
    expect(Math.abs(net.actual! - (218e6 - 2.64e6))).toBeLessThan(1);
    expect(gross.attainment).toBeCloseTo(218 / 250, 12);
    expect(net.attainment!).toBeCloseTo(gross.attainment! * (net.actual! / gross.actual!), 12);
  });

  it('the goal-progress path ends at the net actual', async () => {
    const kpis = await run(kpiSummaryQuery(f({ dataset: 'sample', basis: 'net' })), readKpiSummary);
    const progress = await run(goalProgressQuery(f({ dataset: 'sample', basis: 'net' }), 'month'), readGoalProgress);
    expect(progress.points.at(-1)!.cumulativeActual).toBeCloseTo(kpis.actual!, 2);
    expect(progress.targetInForce).toBe(4.2e9);
  });

  it('on the public figures, Carrefour’s total carries no published commission: net equals gross, attainment 100%', async () => {
    const net = await run(kpiSummaryQuery(f({ dataset: 'public', from: '2022-01-01', to: '2022-12-31', basis: 'net' })), readKpiSummary);
    expect(net.actual).toBe(4.2e9);
    expect(net.attainment).toBeCloseTo(1, 12);
    // Monoprix's 2018 analyst estimate (€12.5m) less Amazon's 8% (€1m).
    const monoprix = await run(kpiSummaryQuery(f({ dataset: 'public', retailer: 'Monoprix', from: null, to: null, basis: 'net' })), readKpiSummary);
    expect(monoprix.actual).toBe(11.5e6);
  });

  it('gross is the default and reads the sales table alone; every value stays a parameter', () => {
    const gross = kpiSummaryQuery(f({ dataset: 'sample' }));
    expect(gross.sql).not.toContain('platform_fees');
    const net = kpiSummaryQuery(f({ dataset: 'sample', basis: 'net', retailer: "x' OR 1=1" }));
    expect(net.sql).toContain('platform_fees');
    expect(net.sql).not.toContain('OR 1=1');
    expect(net.sql.split('?').length - 1).toBe(net.params.length);
  });
});

describe('the outlook on net revenue where the data records no commission: the fee schedule fills it in', () => {
  // Carrefour's sample sales with the commission column emptied, as an export without it would
  // arrive; the sample's fee schedule charges Google 12% on Shopping (partner) and, from 16 June
  // 2020, on Assistant and Home (voice); the own sites (web) 0%.
  beforeAll(async () => {
    await engine.exec('CREATE SCHEMA IF NOT EXISTS ds_nocomm');
    await engine.exec(
      `CREATE OR REPLACE TABLE ds_nocomm.sales AS SELECT * REPLACE (NULL::DECIMAL(18,4) AS commission_eur) FROM ds_sample.sales WHERE retailer = 'Carrefour'`,
    );
    for (const table of ['targets', 'platform_fees', 'events'])
      await engine.exec(`CREATE OR REPLACE TABLE ds_nocomm.${table} AS SELECT * FROM ds_sample.${table}`);
  });
  const H1 = "date BETWEEN '2022-01-01' AND '2022-06-30'";
  const GOOGLE = "platform IN ('Google Shopping', 'Google Assistant', 'Google Home')";
  // The scheduled commission is rounded per row to a hundredth of a cent: totals agree within a euro.
  const expectWithinAEuro = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1);

  it('H1 2022: the KPI and the outlook deduct 12% of Google’s revenue; the neutral scenario is the KPI’s projection to the bit', async () => {
    const filters = f({ dataset: 'nocomm', from: '2022-01-01', to: '2022-06-30', basis: 'net' });
    const { kpis, outlook } = await outlookOf(engine, filters, 'month');
    if (outlook.kind !== 'goal') throw new Error('expected a goal');
    const gross = await total(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_nocomm.sales WHERE ${H1} AND retailer = ?`, ['Carrefour']);
    const google = await total(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_nocomm.sales WHERE ${H1} AND ${GOOGLE} AND retailer = ?`, ['Carrefour']);
    const net = gross - 0.12 * google;
    expect(google).toBeGreaterThan(100e6);
    expectWithinAEuro((kpis.projection! * 181) / 365, net);
    expect(applyScenario(outlook.baseline!, NEUTRAL_SCENARIO).projection).toBe(kpis.projection);
    expectWithinAEuro(outlook.toDate, net);
    expectWithinAEuro(outlook.pacing!.stillNeeded, 4.2e9 - net);
    // History too: 2021 net of 12% of Google's 2021 revenue.
    const gross2021 = await total(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_nocomm.sales WHERE year(date) = 2021 AND retailer = ?`, ['Carrefour']);
    const google2021 = await total(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_nocomm.sales WHERE year(date) = 2021 AND ${GOOGLE} AND retailer = ?`, [
      'Carrefour',
    ]);
    expectWithinAEuro(outlook.history.yearTotals.get(2021)!, gross2021 - 0.12 * google2021);
  });

  it('H1 2022: the commission levers see the scheduled rates (none was recorded) and a dearer Google lowers the net projection', async () => {
    const net = await outlookOf(engine, f({ dataset: 'nocomm', from: '2022-01-01', to: '2022-06-30', basis: 'net' }), 'month');
    const gross = await outlookOf(engine, f({ dataset: 'nocomm', from: '2022-01-01', to: '2022-06-30' }), 'month');
    if (net.outlook.kind !== 'goal' || gross.outlook.kind !== 'goal') throw new Error('expected a goal');
    const rates = Object.fromEntries(channelOutlook(net.outlook.baseline!).map((c) => [c.channel, c.rate]));
    expect(rates.partner).toBeCloseTo(0.12, 9);
    expect(rates.voice).toBeCloseTo(0.12, 9);
    expect(rates.web).toBe(0);
    const partner = await total(`SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_nocomm.sales WHERE ${H1} AND channel = 'partner' AND retailer = ?`, [
      'Carrefour',
    ]);
    const dearer = applyScenario(net.outlook.baseline!, { ...NEUTRAL_SCENARIO, commission: { partner: 0.01 } });
    expect(dearer.change).toBeCloseTo((-0.01 * partner * 184) / 181, 2);
    // On the gross basis the scenario's "net of commission" line is that same net pace.
    expect(applyScenario(gross.outlook.baseline!, NEUTRAL_SCENARIO).netProjection).toBeCloseTo(net.kpis.projection!, 2);
  });
});
