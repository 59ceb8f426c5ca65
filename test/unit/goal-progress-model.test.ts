import { describe, expect, it } from 'vitest';
import { goalChartPoints } from '../../src/views/overview/goal-progress-model';
import { pivotChannels } from '../../src/views/overview/pivot-channels';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('goalChartPoints()', () => {
  it('starts every series at zero on the goal’s first day and runs the paths on to the deadline', () => {
    const points = goalChartPoints({
      goalStart: '2022-01-01',
      goalEnd: '2022-12-31',
      targetInForce: 4.2e9,
      targetOriginal: 5e9,
      points: [{ bucketEnd: '2022-06-30', revenue: 2e9, cumulativeActual: 2e9, pathInForce: 2.08e9, pathOriginal: 2.48e9 }],
    });
    expect(points).toEqual([
      { x: t('2022-01-01'), actual: 0, pathInForce: 0, pathOriginal: 0 },
      { x: t('2022-06-30'), actual: 2e9, pathInForce: 2.08e9, pathOriginal: 2.48e9 },
      { x: t('2022-12-31'), actual: null, pathInForce: 4.2e9, pathOriginal: 5e9 },
    ]);
  });

  it('is empty when there is no goal', () => {
    expect(goalChartPoints({ goalStart: null, goalEnd: null, targetInForce: null, targetOriginal: null, points: [] })).toEqual([]);
  });
});

describe('pivotChannels()', () => {
  it('makes one row per bucket and stacks web first, uploaded channels last', () => {
    const { channels, series, data } = pivotChannels([
      { bucket: '2022-01-01', channel: 'voice', revenue: 1, orders: null },
      { bucket: '2022-01-01', channel: 'marketplace', revenue: 2, orders: null },
      { bucket: '2022-01-01', channel: 'web', revenue: 3, orders: null },
      { bucket: '2022-02-01', channel: 'web', revenue: 4, orders: null },
    ]);
    expect(channels).toEqual(['web', 'voice', 'marketplace']);
    expect(series).toEqual([
      { channel: 'web', key: 's0' },
      { channel: 'voice', key: 's1' },
      { channel: 'marketplace', key: 's2' },
    ]);
    expect(data).toEqual([
      { bucket: '2022-01-01', s1: 1, s2: 2, s0: 3 },
      { bucket: '2022-02-01', s0: 4 },
    ]);
  });

  it('keys series by position, so channel names Recharts would read as paths or prototype members still chart', () => {
    const names = ['web.old', 'x[0]', '__proto__', 'constructor', '<img src=x onerror=alert(1)>'];
    const { series, data } = pivotChannels(names.map((channel, i) => ({ bucket: '2022-01-01', channel, revenue: i + 1, orders: null })));
    expect(series.map((s) => s.key).every((k) => /^s\d+$/.test(k))).toBe(true);
    const row = data[0]!;
    for (const s of series) expect(row[s.key]).toBe(names.indexOf(s.channel) + 1);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});
