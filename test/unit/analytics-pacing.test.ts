import { describe, expect, it } from 'vitest';
import { pace, pacingStatus, PACING_THRESHOLDS } from '../../src/analytics/pacing';

const YEAR_2022 = { goalStart: '2022-01-01', goalEnd: '2022-12-31', grain: 'month' as const };

describe('pacingStatus() at the threshold boundaries', () => {
  it('is on track from 100% of the goal, at risk from 90%, off track below', () => {
    expect(PACING_THRESHOLDS).toEqual({ onTrack: 1, atRisk: 0.9 });
    expect(pacingStatus(100, 100)).toBe('on-track');
    expect(pacingStatus(120, 100)).toBe('on-track');
    expect(pacingStatus(99.99, 100)).toBe('at-risk');
    expect(pacingStatus(90, 100)).toBe('at-risk');
    expect(pacingStatus(89.99, 100)).toBe('off-track');
    expect(pacingStatus(0, 100)).toBe('off-track');
  });
});

describe('pace()', () => {
  it('for €1.8bn booked in the first half of a €4.2bn year: €400m a month needed, a third faster than the €300m pace', () => {
    // Still needed: 4.2 − 1.8 = €2.4bn over July–December (6 months) = €400m a month.
    // Current pace: €1.8bn / 6 months = €300m a month, so +33.3%.
    // Straight-line projection: 1.8 × 365 / 181 = €3.6298bn = 86.42% of the goal → off track.
    // Reached at €1.8bn / 181 days = €9.945m a day: 2.4bn / 9.945m = 241.3 days after 30 June → 27 Feb 2023.
    const p = pace({ ...YEAR_2022, goal: 4.2e9, lastDate: '2022-06-30', toDate: 1.8e9, projection: (1.8e9 * 365) / 181 });
    expect(p.stillNeeded).toBe(2.4e9);
    expect(p.remainingPeriods).toBeCloseTo(6, 12);
    expect(p.requiredRate).toBeCloseTo(400e6, 0);
    expect(p.currentRate).toBeCloseTo(300e6, 0);
    expect(p.requiredUplift).toBeCloseTo(1 / 3, 12);
    expect(p.projectedAttainment).toBeCloseTo(0.864246, 6);
    expect(p.status).toBe('off-track');
    expect(p.reachedOn).toBe('2023-02-27');
    expect(p.complete).toBe(false);
  });

  it('at €100 a month against €1,200, reaches the goal on 28 December at the current pace', () => {
    // 600 booked by 30 June (181 days): 3.3149 a day. The rest, 600, takes 181 more days: 30 June + 181 = 28 Dec.
    const p = pace({ ...YEAR_2022, goal: 1200, lastDate: '2022-06-30', toDate: 600, projection: (600 * 365) / 181 });
    expect(p.requiredRate).toBeCloseTo(100, 9);
    expect(p.requiredUplift).toBeCloseTo(0, 12);
    expect(p.status).toBe('on-track');
    expect(p.reachedOn).toBe('2022-12-28');
  });

  it('uses the scenario’s pace after the last data point: a projection of exactly the goal reaches it on the deadline', () => {
    const p = pace({ ...YEAR_2022, goal: 1200, lastDate: '2022-06-30', toDate: 500, projection: 1200 });
    expect(p.reachedOn).toBe('2022-12-31');
    expect(p.status).toBe('on-track');
  });

  it('counts a month in progress by its days: from 15 June there are 6.5 months left', () => {
    const p = pace({ ...YEAR_2022, goal: 1300, lastDate: '2022-06-15', toDate: 650, projection: 1300 });
    expect(p.remainingPeriods).toBeCloseTo(6.5, 12);
    expect(p.requiredRate).toBeCloseTo(100, 9);
  });

  it('on a finished period (public 2022: €4.2bn of €4.2bn): nothing needed, no run-rate, reached on the last day', () => {
    const p = pace({ goal: 4.2e9, goalStart: '2022-01-01', goalEnd: '2022-12-31', lastDate: '2022-12-31', toDate: 4.2e9, projection: 4.2e9, grain: 'year' });
    expect(p.complete).toBe(true);
    expect(p.stillNeeded).toBe(0);
    expect(p.remainingPeriods).toBe(0);
    expect(p.requiredRate).toBeNull();
    expect(p.currentRate).toBe(4.2e9);
    expect(p.status).toBe('on-track');
    expect(p.reachedOn).toBe('2022-12-31');
  });

  it('says when the goal was already reached at the average pace', () => {
    // 1,500 in 181 days against 1,000: 1,000 / (1,500/181) = 120.67 → day 121 → 1 May.
    const p = pace({ ...YEAR_2022, goal: 1000, lastDate: '2022-06-30', toDate: 1500, projection: 3000 });
    expect(p.reachedOn).toBe('2022-05-01');
    expect(p.stillNeeded).toBe(0);
    expect(p.requiredRate).toBe(0);
  });

  it('gives no date when the pace never gets there before the horizon, or stops', () => {
    expect(pace({ ...YEAR_2022, goal: 1e9, lastDate: '2022-06-30', toDate: 1000, projection: 2000 }).reachedOn).toBeNull();
    expect(pace({ ...YEAR_2022, goal: 1e9, lastDate: '2022-06-30', toDate: 1000, projection: 1000 }).reachedOn).toBeNull();
  });
});
