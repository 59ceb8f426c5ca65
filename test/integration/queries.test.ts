import { describe, expect, it } from 'vitest';
import { channelMixQuery, readChannelMix } from '../../src/queries/channel-mix';
import { commissionByPlatformQuery, readCommissionByPlatform } from '../../src/queries/commission-by-platform';
import { datasetFacetsQuery, readDatasetFacets } from '../../src/queries/dataset-facets';
import { eventsQuery, readEvents } from '../../src/queries/events';
import { goalProgressQuery, readGoalProgress } from '../../src/queries/goal-progress';
import { kpiSummaryQuery, readKpiSummary } from '../../src/queries/kpi-summary';
import { readRevenueByChannel, revenueByChannelQuery } from '../../src/queries/revenue-by-channel';
import { readRevenueSources, revenueSourcesQuery } from '../../src/queries/revenue-sources';
import { readTargetVersions, targetVersionsQuery, versionsOf } from '../../src/queries/target-versions';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';
import { queryRunner, useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });

const run = queryRunner(engine);
const publicFilters = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, dataset: 'public', ...patch });
const sampleFilters = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, dataset: 'sample', ...patch });
const sum = async (sql: string) => ((await engine.query(sql)).columns.v as Float64Array)[0]!;

describe('kpiSummaryQuery()', () => {
  it('binds every user value as a parameter, never in the SQL text', () => {
    const hostile = "Carrefour'; DROP TABLE sales; --";
    const query = kpiSummaryQuery(publicFilters({ retailer: hostile, from: '2022-01-01', to: '2022-12-31' }));
    expect(query.sql).not.toContain(hostile);
    expect(query.sql).not.toContain('2022-01-01');
    expect(query.params).toContain(hostile);
    expect(query.sql.split('?').length - 1).toBe(query.params.length);
  });

  it('on public 2022: €4.2bn actual is 100% of the restated €4.2bn target and 84% of the original €5bn goal', async () => {
    const k = await run(kpiSummaryQuery(publicFilters({ from: '2022-01-01', to: '2022-12-31' })), readKpiSummary);
    expect(k.actual).toBe(4.2e9);
    expect(k.target).toBe(4.2e9);
    expect(k.goalOriginal).toBe(5e9);
    expect(k.attainment).toBeCloseTo(1, 12);
    expect(k.attainmentOriginal).toBeCloseTo(0.84, 12);
    expect(k.gap).toBeCloseTo(0, 3);
    expect(k.projection).toBeCloseTo(4.2e9, 0);
    expect(k.inForceSetOn).toBe('2020-02-27');
    expect(k.originalSetOn).toBe('2018-01-23');
    expect(k.inForceSource).toMatch(/^https:\/\/www\.zonebourse\.com\//);
    expect(k.versionCount).toBe(2);
  });

  it('measured against the goal as it stood on a chosen date: before the 2020 cut, 2022 is 84% of €5bn', async () => {
    const before = await run(kpiSummaryQuery(publicFilters({ from: '2022-01-01', to: '2022-12-31', targetAsOf: '2019-06-30' })), readKpiSummary);
    expect(before.target).toBe(5e9);
    expect(before.attainment).toBeCloseTo(0.84, 12);
    expect(before.inForceSetOn).toBe('2018-01-23');
    expect(before.inForceSource).toMatch(/businesschief/);
    // The day the restated goal was published, it is the one in force.
    const onTheDay = await run(kpiSummaryQuery(publicFilters({ from: '2022-01-01', to: '2022-12-31', targetAsOf: '2020-02-27' })), readKpiSummary);
    expect(onTheDay.target).toBe(4.2e9);
    // Before any version was set there was no goal to measure against.
    const tooEarly = await run(kpiSummaryQuery(publicFilters({ from: '2022-01-01', to: '2022-12-31', targetAsOf: '2017-12-31' })), readKpiSummary);
    expect(tooEarly.actual).toBe(4.2e9);
    expect(tooEarly.target).toBeNull();
    expect(tooEarly.goalOriginal).toBe(5e9);
    const path = await run(goalProgressQuery(publicFilters({ from: '2022-01-01', to: '2022-12-31', targetAsOf: '2019-06-30' }), 'year'), readGoalProgress);
    expect(path.targetInForce).toBe(5e9);
    // By default the version is the one in force on the period's last day: in 2022, the cut one.
    const asOfEnd = await run(kpiSummaryQuery(publicFilters({ from: '2022-01-01', to: '2022-12-31' })), readKpiSummary);
    expect(asOfEnd.target).toBe(4.2e9);
  });

  it('lists the dated goal versions a viewer can measure against, oldest first', async () => {
    const all = await run(targetVersionsQuery('public'), readTargetVersions);
    const versions = versionsOf(all, 'Carrefour');
    expect(versions.map((v) => [v.setOn, v.targetEur, v.periodEnd])).toEqual([
      ['2018-01-23', 5e9, '2022-12-31'],
      ['2020-02-27', 4.2e9, '2022-12-31'],
      ['2021-11-09', 10e9, '2026-12-31'],
    ]);
    expect(versionsOf(all, 'Monoprix')).toEqual([]);
    expect(versionsOf(all, null)).toEqual(all);
  });

  it("with no period chosen, judges as of the data's last day (end of 2023): the goal ahead is the €10bn of 2026", async () => {
    const k = await run(kpiSummaryQuery(publicFilters()), readKpiSummary);
    expect(k.asOf).toBe('2023-12-31');
    expect([k.goalStart, k.goalEnd, k.goalInForce]).toEqual(['2026-01-01', '2026-12-31', 10e9]);
    // The period lies before the goal year: the whole period is measured, and the phased target
    // comes from the outlook (analytics/goal-ahead.ts), not from a day-prorated share of 2026.
    expect([k.windowStart, k.windowEnd]).toEqual(['2017-12-31', '2023-12-31']);
    expect(k.target).toBeNull();
  });

  it.each([
    // as-of date, goal= override → goal chosen (period end), version in force (set on)
    ['2018-06-30', null, '2022-12-31', '2018-01-23'], // before the goal year: the next goal, as known then (€5bn)
    ['2019-12-31', null, '2022-12-31', '2018-01-23'], // still €5bn: the cut came in February 2020
    ['2020-06-30', null, '2022-12-31', '2020-02-27'], // after the cut
    ['2022-06-30', null, '2022-12-31', '2020-02-27'], // inside the goal year
    ['2023-06-30', null, '2026-12-31', '2021-11-09'], // between goals: the next one
    ['2027-06-30', null, '2026-12-31', '2021-11-09'], // after every goal: the latest one (hindsight)
    ['2023-06-30', '2022-12-31', '2022-12-31', '2020-02-27'], // goal= chooses a goal by its last day
    ['2019-12-31', '2026-12-31', '2026-12-31', null], // the 2026 goal was not set yet in 2019
    ['2019-12-31', '2030-12-31', '2022-12-31', '2018-01-23'], // an unknown goal= falls back to the rule
  ])('as of %s with goal=%s: the goal ending %s, version set on %s', async (asOf, goal, end, setOn) => {
    const k = await run(kpiSummaryQuery(publicFilters({ from: '2017-01-01', to: asOf, goal })), readKpiSummary);
    expect(k.goalEnd).toBe(end);
    expect(k.inForceSetOn).toBe(setOn);
  });

  it('several retailers: the goal period is chosen over all of them, and their goals for it summed', async () => {
    const k = await run(kpiSummaryQuery(sampleFilters({ retailer: null, from: '2018-01-01', to: '2018-06-30' })), readKpiSummary);
    expect(k.goalEnd).toBe('2022-12-31');
    // Carrefour's €5bn (set January 2018) and Monoprix's illustrative €250m (set March 2018).
    expect(k.goalInForce).toBe(5.25e9);
    const monoprix = await run(kpiSummaryQuery(sampleFilters({ retailer: 'Monoprix', from: '2023-01-01', to: '2023-12-31' })), readKpiSummary);
    expect(monoprix.goalEnd).toBe('2022-12-31'); // hindsight: Monoprix has no later goal
  });

  it('on public 2023 there is no goal in force (the next one is 2026): actual only', async () => {
    const k = await run(kpiSummaryQuery(publicFilters({ from: '2023-01-01', to: '2023-12-31' })), readKpiSummary);
    expect(k.actual).toBe(5.3e9);
    expect(k.target).toBeNull();
    expect(k.attainment).toBeNull();
    expect(k.projection).toBeNull();
  });

  it('on sample H1 2022: prorates the target by days and projects the run-rate to 31 Dec', async () => {
    const k = await run(kpiSummaryQuery(sampleFilters({ from: '2022-01-01', to: '2022-06-30' })), readKpiSummary);
    const h1 = await sum(
      `SELECT sum(revenue_eur)::DOUBLE AS v FROM ds_sample.sales WHERE retailer = 'Carrefour' AND date BETWEEN '2022-01-01' AND '2022-06-30'`,
    );
    expect(k.actual).toBeCloseTo(h1, 2);
    expect(k.target).toBeCloseTo((4.2e9 * 181) / 365, 2);
    expect(k.originalTarget).toBeCloseTo((5e9 * 181) / 365, 2);
    expect(k.projection).toBeCloseTo((h1 / 181) * 365, 2);
    expect(k.attainment).toBeCloseTo(h1 / ((4.2e9 * 181) / 365), 12);
  });

  it('a region filter leaves the KPIs without a target instead of comparing a region with the whole goal', async () => {
    const k = await run(kpiSummaryQuery(sampleFilters({ region: 'Sud' })), readKpiSummary);
    expect(k.target).toBeNull();
    expect(k.actual).toBeGreaterThan(0);
  });

  it('sums the goals of every retailer when all retailers are chosen', async () => {
    const k = await run(kpiSummaryQuery(sampleFilters({ retailer: null, from: '2022-01-01', to: '2022-12-31' })), readKpiSummary);
    expect(k.target).toBeCloseTo(4.2e9 + 250e6, 2);
    expect(k.actual).toBeCloseTo(4.2e9 + 185e6 + 33e6, 2);
  });
});

describe('goalProgressQuery()', () => {
  it('on sample 2022 by month: cumulative actual ends at €4.2bn with both goal paths', async () => {
    const p = await run(goalProgressQuery(sampleFilters({ from: '2022-01-01', to: '2022-12-31' }), 'month'), readGoalProgress);
    expect(p.points).toHaveLength(12);
    expect(p.points[0]!.bucketEnd).toBe('2022-01-31');
    expect(p.points[11]!.bucketEnd).toBe('2022-12-31');
    expect(p.points[11]!.cumulativeActual).toBeCloseTo(4.2e9, 2);
    expect(p.points[11]!.pathInForce).toBeCloseTo(4.2e9, 2);
    expect(p.points[11]!.pathOriginal).toBeCloseTo(5e9, 2);
    expect(p.points[0]!.pathInForce).toBeCloseTo((4.2e9 * 31) / 365, 2);
    const increasing = p.points.every((pt, i) => i === 0 || pt.cumulativeActual > p.points[i - 1]!.cumulativeActual);
    expect(increasing).toBe(true);
  });

  it('on public data by year: one point, the published 2022 figure', async () => {
    const p = await run(goalProgressQuery(publicFilters({ from: '2017-01-01', to: '2022-12-31' }), 'year'), readGoalProgress);
    expect(p.points.map((pt) => [pt.bucketEnd, pt.cumulativeActual])).toEqual([['2022-12-31', 4.2e9]]);
    expect([p.targetInForce, p.targetOriginal]).toEqual([4.2e9, 5e9]);
  });
});

describe('revenueByChannelQuery()', () => {
  it('per year on sample reproduces the calibrated Carrefour totals', async () => {
    const rows = await run(revenueByChannelQuery(sampleFilters(), 'year'), readRevenueByChannel);
    const byYear = new Map<string, number>();
    for (const r of rows) byYear.set(r.bucket, (byYear.get(r.bucket) ?? 0) + r.revenue);
    expect(byYear.get('2017-01-01')).toBeCloseTo(850e6, 2);
    expect(byYear.get('2019-01-01')).toBeCloseTo(1.3e9, 2);
    expect(byYear.get('2023-01-01')).toBeCloseTo(5.3e9, 2);
  });

  it('has no voice revenue before the 16 June 2020 launch', async () => {
    const rows = await run(revenueByChannelQuery(sampleFilters({ channels: ['voice'] }), 'month'), readRevenueByChannel);
    expect(rows[0]!.bucket).toBe('2020-06-01');
    expect(rows.every((r) => r.channel === 'voice')).toBe(true);
  });
});

describe('channelMixQuery()', () => {
  it('shares add up to one, web first on sample', async () => {
    const mix = await run(channelMixQuery(sampleFilters({ from: '2022-01-01', to: '2022-12-31' })), readChannelMix);
    expect(mix.map((m) => m.channel)).toEqual(['web', 'partner', 'voice']);
    expect(mix.reduce((a, m) => a + m.share, 0)).toBeCloseTo(1, 12);
    expect(mix.find((m) => m.channel === 'voice')!.share).toBeCloseTo(0.018, 12);
  });

  it('public figures are one undivided total', async () => {
    const mix = await run(channelMixQuery(publicFilters()), readChannelMix);
    expect(mix).toEqual([{ channel: 'total', revenue: 0.85e9 + 1.2e9 + 1.3e9 + 2.3e9 + 4.2e9 + 5.3e9, share: 1 }]);
  });
});

describe('commissionByPlatformQuery()', () => {
  it('Google Shopping costs 12% and Amazon Prime Now 8%; own channels cost nothing', async () => {
    const rows = await run(commissionByPlatformQuery(sampleFilters({ retailer: null })), readCommissionByPlatform);
    const rate = (platform: string) => rows.find((r) => r.platform === platform)!.rate!;
    expect(rate('Google Shopping')).toBeCloseTo(0.12, 6);
    expect(rate('Amazon Prime Now')).toBeCloseTo(0.08, 6);
    expect(rate('Drive')).toBe(0);
    const shopping = rows.find((r) => r.platform === 'Google Shopping')!;
    expect(shopping.net! + shopping.commission!).toBeCloseTo(shopping.gross, 2);
  });

  it('says "unknown" (null), not zero, where published figures give no commission', async () => {
    const rows = await run(commissionByPlatformQuery(publicFilters()), readCommissionByPlatform);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.commission).toBeNull();
    expect(rows[0]!.net).toBeNull();
  });
});

describe('datasetFacetsQuery(), eventsQuery(), revenueSourcesQuery()', () => {
  it('lists the filter values and date range of the sample', async () => {
    const f = await run(datasetFacetsQuery('sample'), readDatasetFacets);
    expect(f.retailers).toEqual(['Carrefour', 'Monoprix']);
    expect(f.channels).toEqual(['partner', 'voice', 'web']);
    expect(f.regions).toHaveLength(4);
    expect([f.firstDate, f.lastDate]).toEqual(['2017-01-01', '2023-12-31']);
    // Drive, carrefour.fr, monoprix.fr (web), Google Assistant, Google Home (voice), Google Shopping, Amazon Prime Now.
    expect(f.platformRows).toBe(7);
  });

  it('dates the Carrefour × Google deal to 11 June 2018, with its source', async () => {
    const events = await run(eventsQuery(publicFilters({ from: '2018-01-01', to: '2018-12-31' })), readEvents);
    const deal = events.find((e) => e.date === '2018-06-11')!;
    expect(deal.label).toMatch(/Google/);
    expect(deal.sourceUrl).toMatch(/^https:\/\//);
  });

  it('names both metrics of the public series, so the 2022 break can be labelled', async () => {
    const sources = await run(revenueSourcesQuery(publicFilters()), readRevenueSources);
    const metrics = new Set(sources.map((s) => s.metric));
    expect(metrics.has('food e-commerce sales')).toBe(true);
    expect(metrics.has('e-commerce GMV')).toBe(true);
    expect(sources.every((s) => /^https?:\/\//.test(s.source))).toBe(true);
  });
});
