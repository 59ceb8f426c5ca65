import { describe, expect, it } from 'vitest';
import { yearCoverage } from '../../src/views/competition/alliance-model';

const span = (from: number, to: number, withFigure: number[]) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, revenue: withFigure.includes(from + i) ? 1 : null, metrics: [] }));

describe('yearCoverage()', () => {
  it('says Monoprix’s total is one 2018 figure out of seven years', () => {
    expect(yearCoverage(span(2017, 2023, [2018]))).toEqual({ count: 1, total: 7, ranges: '2018' });
  });

  it('names Carrefour’s years around the unpublished 2021', () => {
    expect(yearCoverage(span(2017, 2023, [2017, 2018, 2019, 2020, 2022, 2023]))).toEqual({ count: 6, total: 7, ranges: '2017–2020, 2022–2023' });
  });

  it('handles no year at all', () => {
    expect(yearCoverage([])).toEqual({ count: 0, total: 0, ranges: '' });
  });
});
