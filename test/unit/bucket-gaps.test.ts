import { describe, expect, it } from 'vitest';
import { fillBucketGaps } from '../../src/views/overview/pivot-channels';

describe('fillBucketGaps()', () => {
  it('gives the unpublished 2021 a slot of its own between 2020 and 2022', () => {
    const rows = ['2019', '2020', '2022', '2023'].map((y) => ({ bucket: `${y}-01-01`, s0: 1 }));
    const { data, missing } = fillBucketGaps(rows, 'year');
    expect(data.map((r) => r.bucket)).toEqual(['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
    expect(missing).toEqual(['2021-01-01']);
    expect(data[2]).toEqual({ bucket: '2021-01-01' });
  });

  it('fills missing quarters and months, and leaves a complete series as it was', () => {
    expect(fillBucketGaps([{ bucket: '2020-10-01' }, { bucket: '2021-04-01' }], 'quarter').missing).toEqual(['2021-01-01']);
    expect(fillBucketGaps([{ bucket: '2020-11-01' }, { bucket: '2021-02-01' }], 'month').missing).toEqual(['2020-12-01', '2021-01-01']);
    const whole = [{ bucket: '2020-01-01' }, { bucket: '2020-02-01' }];
    expect(fillBucketGaps(whole, 'month')).toEqual({ data: whole, missing: [] });
  });
});
