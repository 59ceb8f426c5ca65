import { describe, expect, it } from 'vitest';
import { withDefaultPeriod, withoutDefaultPeriod } from '../../src/state/default-period';
import { DEFAULT_FILTERS } from '../../src/state/filters';

describe('the period a link without dates covers', () => {
  it("is the data's last year: the whole of it when the data ends on 31 December, else the year to date", () => {
    expect(withDefaultPeriod(DEFAULT_FILTERS, '2023-12-31')).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(withDefaultPeriod(DEFAULT_FILTERS, '2024-06-30')).toMatchObject({ from: '2024-01-01', to: '2024-06-30' });
  });

  it("runs from 1 January of a link's own end date (an as-of date), and keeps a chosen start", () => {
    expect(withDefaultPeriod({ ...DEFAULT_FILTERS, to: '2019-06-30' }, '2023-12-31')).toMatchObject({ from: '2019-01-01', to: '2019-06-30' });
    expect(withDefaultPeriod({ ...DEFAULT_FILTERS, from: '2017-01-01' }, '2023-12-31')).toMatchObject({ from: '2017-01-01', to: '2023-12-31' });
  });

  it('is left out of the URL when it is the default, and any other period keeps both dates', () => {
    expect(withoutDefaultPeriod({ ...DEFAULT_FILTERS, from: '2023-01-01', to: '2023-12-31' }, '2023-12-31')).toMatchObject({ from: null, to: null });
    expect(withoutDefaultPeriod({ ...DEFAULT_FILTERS, from: '2022-01-01', to: '2022-12-31' }, '2023-12-31')).toMatchObject({
      from: '2022-01-01',
      to: '2022-12-31',
    });
    expect(withoutDefaultPeriod({ ...DEFAULT_FILTERS, from: null, to: '2019-12-31' }, '2023-12-31')).toMatchObject({ from: null, to: '2019-12-31' });
  });
});
