import { describe, expect, it } from 'vitest';
import { compoundGrowthRate, evenProfile, monthlyProfile, phaseYears, rollUp, splitByShares, splitYear } from '../../src/analytics/phasing';
import { periodFraction, periodsCovered, shiftPeriod } from '../../src/analytics/periods';

const bn = (v: number) => v / 1e9;

describe('phaseYears()', () => {
  it('phases €5bn for 2022 from a €1.2bn 2018 base at a constant growth rate of 42.87% a year', () => {
    // By hand: CAGR = (5 / 1.2)^(1/4) − 1 = 4.16667^0.25 − 1 = 1.42872 − 1 = 42.87%.
    expect(compoundGrowthRate(1.2e9, 5e9, 4)).toBeCloseTo(0.42872, 6);
    const years = phaseYears({ year: 2018, amount: 1.2e9 }, { year: 2022, amount: 5e9 }, 'compound');
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
    // 2019 = 1.2 × 1.42872 = 1.71446; 2020 is the geometric midpoint √(1.2 × 5) = √6 = 2.44949;
    // 2021 = 1.2^¼ × 5^¾ = 3.49964; 2022 is the goal itself.
    expect(bn(years[0]!.amount)).toBeCloseTo(1.71446, 5);
    expect(bn(years[1]!.amount)).toBeCloseTo(Math.sqrt(6), 9);
    expect(bn(years[2]!.amount)).toBeCloseTo(3.49964, 5);
    expect(years[3]!.amount).toBe(5e9);
  });

  it('phases linearly: the same €0.95bn step every year from €1.2bn to €5bn', () => {
    const years = phaseYears({ year: 2018, amount: 1.2e9 }, { year: 2022, amount: 5e9 }, 'linear');
    expect(years.map((y) => bn(y.amount))).toEqual([2.15, 3.1, 4.05, 5].map((v) => expect.closeTo(v, 9)));
  });

  it('falls back to the linear path when the base is not positive, and to the goal alone when there is no year between', () => {
    expect(phaseYears({ year: 2020, amount: 0 }, { year: 2022, amount: 4e9 }, 'compound').map((y) => y.amount)).toEqual([2e9, 4e9]);
    expect(phaseYears({ year: 2022, amount: 3e9 }, { year: 2022, amount: 4e9 }, 'compound')).toEqual([{ year: 2022, amount: 4e9 }]);
  });
});

describe('splitting a year into months and rolling them up', () => {
  it('splits evenly by days: January is 31/365 of 2022, February 29/366 of 2024', () => {
    const even = evenProfile(2022);
    expect(even[0]).toBe(31 / 365);
    expect(even.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(evenProfile(2024)[1]).toBe(29 / 366);
  });

  it('splits by last year’s monthly profile: a December that sold 13 times a normal month takes 13/24 of the year', () => {
    const profile = monthlyProfile([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 13])!;
    const months = splitYear(2022, 2400, profile);
    expect(months[0]).toEqual({ period: '2022-01-01', amount: 100 });
    expect(months[11]).toEqual({ period: '2022-12-01', amount: 1300 });
    expect(rollUp(months, 'quarter')).toEqual([
      { period: '2022-01-01', amount: 300 },
      { period: '2022-04-01', amount: 300 },
      { period: '2022-07-01', amount: 300 },
      { period: '2022-10-01', amount: 1500 },
    ]);
    expect(rollUp(months, 'year')).toEqual([{ period: '2022-01-01', amount: 2400 }]);
  });

  it('has no profile for a year without revenue or with a missing month', () => {
    expect(monthlyProfile(new Array(12).fill(0))).toBeNull();
    expect(monthlyProfile([1, 2, 3])).toBeNull();
    expect(monthlyProfile([...new Array(11).fill(1), Number.NaN])).toBeNull();
  });

  it('splits a target by channel shares, normalised', () => {
    expect(splitByShares(1000, { web: 0.9, voice: 0.05, partner: 0.05 })).toEqual({ web: 900, voice: 50, partner: 50 });
    expect(splitByShares(1000, { web: 3, voice: 1 })).toEqual({ web: 750, voice: 250 });
  });
});

describe('periods', () => {
  it('counts covered months by days: January–June is 6 months, 1–15 June half a month', () => {
    expect(periodsCovered('2022-01-01', '2022-06-30', 'month')).toBeCloseTo(6, 12);
    expect(periodsCovered('2022-06-01', '2022-06-15', 'month')).toBeCloseTo(0.5, 12);
    expect(periodsCovered('2022-07-01', '2022-06-30', 'month')).toBe(0);
    expect(periodsCovered('2022-01-01', '2022-12-31', 'year')).toBe(1);
    expect(periodFraction('2020-02-01', 'month', '2020-02-15', '2020-03-31')).toBe(15 / 29);
  });

  it('shifts months and years across year ends', () => {
    expect(shiftPeriod('2021-12-01', 'month', 1)).toBe('2022-01-01');
    expect(shiftPeriod('2022-01-01', 'month', -13)).toBe('2020-12-01');
    expect(shiftPeriod('2022-01-01', 'year', -4)).toBe('2018-01-01');
  });
});
