import { describe, expect, it } from 'vitest';
import type { ResultTable } from '../../src/hooks/use-sql-console';
import { buildChart, defaultChartSpec } from '../../src/views/console/chart-model';

const table = (columns: ResultTable['columns'], types: Record<string, string>): ResultTable => ({
  names: Object.keys(columns),
  numRows: Object.values(columns)[0]!.length,
  columns,
  types,
  truncated: false,
});

const byChannel = table(
  {
    month: ['2022-02-01', '2022-01-01', '2022-01-01', '2022-02-01', '2022-01-01'],
    channel: ['web', 'web', 'voice', 'voice', 'web'],
    revenue: new Float64Array([20, 10, 1, 2, 5]),
  },
  { month: 'DATE', channel: 'VARCHAR', revenue: 'DECIMAL(18,2)' },
);

describe('the console’s chart of a result', () => {
  it('starts with the date across and the first number up, as a line', () => {
    expect(defaultChartSpec(byChannel)).toEqual({ kind: 'line', x: 'month', y: ['revenue'], series: null });
    expect(defaultChartSpec(table({ s: ['a'] }, { s: 'VARCHAR' }))).toBeNull();
  });

  it('splits one y by a series column, orders dates, and adds up repeated points', () => {
    const model = buildChart(byChannel, { kind: 'line', x: 'month', y: ['revenue'], series: 'channel' });
    expect(model.series).toEqual([
      { id: 's0', name: 'voice' },
      { id: 's1', name: 'web' },
    ]);
    expect(model.data).toEqual([
      { x: '2022-01-01', s0: 1, s1: 15 },
      { x: '2022-02-01', s0: 2, s1: 20 },
    ]);
    expect(model.summed).toBe(true);
    expect(model.ordered).toBe(true);
  });

  it('draws several y columns as series when no series column is chosen', () => {
    const t = table({ k: ['a', 'b'], u: new Float64Array([1, 2]), v: new Float64Array([3, Number.NaN]) }, { k: 'VARCHAR', u: 'DOUBLE', v: 'DOUBLE' });
    const model = buildChart(t, { kind: 'bar', x: 'k', y: ['u', 'v'], series: null });
    expect(model.data).toEqual([
      { x: 'a', s0: 1, s1: 3 },
      { x: 'b', s0: 2, s1: null },
    ]);
    expect(model.summed).toBe(false);
  });

  it('caps the points and the series, and says by how much', () => {
    const n = 3_000;
    const t = table(
      {
        i: Float64Array.from({ length: n }, (_, i) => n - i),
        g: Array.from({ length: n }, (_, i) => `g${i % 20}`),
        v: Float64Array.from({ length: n }, (_, i) => i % 20),
      },
      { i: 'BIGINT', g: 'VARCHAR', v: 'DOUBLE' },
    );
    const model = buildChart(t, { kind: 'line', x: 'i', y: ['v'], series: 'g' }, 1_000, 12);
    expect(model.cappedPoints).toBe(n);
    expect(model.data).toHaveLength(1_000);
    expect(model.data[0]!.x).toBe(1);
    expect(model.cappedSeries).toBe(20);
    // The twelve largest series are kept: g8 … g19.
    expect(model.series.map((s) => s.name)).toEqual(Array.from({ length: 12 }, (_, i) => `g${i + 8}`));
  });
});

describe('the first chart of a result', () => {
  it('puts a whole-number year across as time, and a text column as bars otherwise', () => {
    const byYear = table(
      { year: new Float64Array([2021, 2022]), channel: ['web', 'web'], revenue: new Float64Array([1, 2]) },
      { year: 'BIGINT', channel: 'VARCHAR', revenue: 'DOUBLE' },
    );
    expect(defaultChartSpec(byYear)).toEqual({ kind: 'line', x: 'year', y: ['revenue'], series: null });
    const byRegion = table({ region: ['a'], revenue: new Float64Array([1]) }, { region: 'VARCHAR', revenue: 'DOUBLE' });
    expect(defaultChartSpec(byRegion)).toEqual({ kind: 'bar', x: 'region', y: ['revenue'], series: null });
  });
});
