import { describe, expect, it } from 'vitest';
import { niceTicks, regularBucketTicks, zeroBasedTicks } from '../../src/views/components/axis-ticks';

const quarters = (fromYear: number, toYear: number) => {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) for (const m of ['01', '04', '07', '10']) out.push(`${y}-${m}-01`);
  return out;
};
const months = (year: number, count: number) =>
  Array.from({ length: count }, (_, i) => `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);

describe('regularBucketTicks()', () => {
  it('labels every Q1 over seven years of quarters, never Q1 2017, Q4 2017, Q3 2018', () => {
    expect(regularBucketTicks(quarters(2017, 2023), 'quarter', 12)).toEqual([
      '2017-01-01',
      '2018-01-01',
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
    ]);
  });

  it('labels every quarter when there is room', () => {
    expect(regularBucketTicks(quarters(2022, 2022), 'quarter', 12)).toEqual(quarters(2022, 2022));
  });

  it('labels every sixth or third month of two years, on calendar half-years or quarters', () => {
    expect(regularBucketTicks(months(2021, 24), 'month', 6)).toEqual(['2021-01-01', '2021-07-01', '2022-01-01', '2022-07-01']);
    expect(regularBucketTicks(months(2021, 24), 'month', 8)).toEqual(months(2021, 24).filter((_, i) => i % 3 === 0));
  });

  it('keeps the gaps equal where a bucket is missing, and labels a short series', () => {
    expect(regularBucketTicks(['2017-01-01', '2018-01-01', '2019-01-01', '2020-01-01', '2022-01-01', '2023-01-01'], 'year', 12)).toEqual([
      '2017-01-01',
      '2018-01-01',
      '2019-01-01',
      '2020-01-01',
      '2022-01-01',
      '2023-01-01',
    ]);
    expect(regularBucketTicks(['2021-03-01', '2021-04-01'], 'month', 1)).toEqual(['2021-03-01']);
    expect(regularBucketTicks([], 'month', 5)).toEqual([]);
  });
});

describe('niceTicks()', () => {
  it.each([
    // The progress chart: €5bn goal × 1.08 gave a top tick of €5.4bn after €4.5bn.
    [5.4e9, 5, [0, 1e9, 2e9, 3e9, 4e9, 5e9, 6e9]],
    [4.2e9, 5, [0, 1e9, 2e9, 3e9, 4e9, 5e9]],
    [1, 4, [0, 0.25, 0.5, 0.75, 1]],
    [0.3, 3, [0, 0.1, 0.2, 0.3]],
    [880, 4, [0, 250, 500, 750, 1000]],
  ])('up to %d in about %d steps: %j', (max, count, ticks) => {
    expect(niceTicks(max, count)).toEqual(ticks);
  });

  it('gives an axis for an empty or zero series', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe('zeroBasedTicks()', () => {
  it('runs from 0 to a nice top over the largest amount', () => {
    // The commission chart's platforms, the sample in 2023: Drive €2.96bn, carrefour.fr €1.97bn…
    expect(zeroBasedTicks([2.96e9, 1.97e9, 2.39e8, 9.28e7], 4)).toEqual([0, 1e9, 2e9, 3e9]);
  });

  it('keeps only the ends on a phone', () => {
    expect(zeroBasedTicks([2.96e9, 1.97e9], 2, true)).toEqual([0, 4e9]);
    expect(zeroBasedTicks([], 2, true)).toEqual([0, 1]);
  });

  it('gives way to Recharts when an amount is negative', () => {
    expect(zeroBasedTicks([1.2e6, -3e5], 4)).toBeNull();
  });
});
