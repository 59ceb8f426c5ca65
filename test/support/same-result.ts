import fc from 'fast-check';
import { expect } from 'vitest';
import type { ColumnarResult } from '../../src/engine/engine';
import type { BuiltQuery } from '../../src/queries/built-query';
import { competitionQueries } from '../../src/queries/competition-queries';
import { datasetFacetsQuery } from '../../src/queries/dataset-facets';
import { overviewQueries } from '../../src/queries/overview-queries';
import type { Filters } from '../../src/state/filters';
import { CATEGORIES, REGIONS } from '../../data/sample-model';

/** Every overview and competition named query (and the filter bar's facets) for one set of filters, on the cube. */
export function everyNamedQuery(filters: Filters): Record<string, BuiltQuery> {
  const competition = competitionQueries(filters, 'cube');
  return {
    ...overviewQueries(filters, null, 'cube'),
    facets: datasetFacetsQuery(filters.dataset, 'cube'),
    ...Object.fromEntries(Object.entries(competition).map(([name, q]) => [`competition.${name}`, q])),
  };
}

/** Same names, types and row count; numbers equal to 1e-9 relative (so money to the cent; NaN for NULL on both); text exactly. */
export function expectSameResult(actual: ColumnarResult, expected: ColumnarResult, what: string): void {
  expect(actual.names, what).toEqual(expected.names);
  expect(actual.numRows, what).toBe(expected.numRows);
  for (const name of expected.names) {
    const a = actual.columns[name]!;
    const b = expected.columns[name]!;
    if (b instanceof Float64Array) {
      expect(a, `${what}.${name}`).toBeInstanceOf(Float64Array);
      for (let i = 0; i < b.length; i++) {
        const x = (a as Float64Array)[i]!;
        const y = b[i]!;
        if (Number.isNaN(y) || Number.isNaN(x)) expect([x, i], `${what}.${name}`).toEqual([y, i]);
        else if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(y))) expect([x, i], `${what}.${name}`).toEqual([y, i]);
      }
    } else {
      expect(Array.from(a as ArrayLike<unknown>), `${what}.${name}`).toEqual(Array.from(b as ArrayLike<unknown>));
    }
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
export const day = fc.date({ min: new Date('2016-11-20T00:00:00Z'), max: new Date('2024-02-10T00:00:00Z'), noInvalidDate: true }).map(iso);
/** A whole month, quarter or year's first or last day. */
const boundary = (edge: 'start' | 'end') =>
  fc.tuple(fc.integer({ min: 2016, max: 2024 }), fc.constantFrom(1, 3, 12), fc.integer({ min: 0, max: 11 })).map(([year, months, index]) => {
    const first = Math.floor(index / months) * months;
    return edge === 'start' ? iso(new Date(Date.UTC(year, first, 1))) : iso(new Date(Date.UTC(year, first + months, 0)));
  });
/** No bound, a whole period's bound, or any day (a part-month edge). */
export const bound = (edge: 'start' | 'end') => fc.oneof(fc.constant(null), boundary(edge), day);
export const retailers = ['Carrefour', 'Monoprix', 'Nobody'];

/** Random filters of the sample's shape, on both bases, for the dataset given. */
export const sampleFilters = (dataset: string) =>
  fc.record({
    dataset: fc.constant(dataset),
    from: bound('start'),
    to: bound('end'),
    retailer: fc.constantFrom(null, ...retailers),
    channels: fc.subarray(['voice', 'web', 'partner']),
    region: fc.constantFrom(null, ...REGIONS),
    category: fc.constantFrom(null, ...CATEGORIES),
    targetAsOf: fc.oneof(fc.constant(null), day),
    goal: fc.constantFrom(null, '2022-12-31', '2026-12-31'),
    platform: fc.constantFrom(null, null, null, 'Google Shopping', 'Drive'),
    basis: fc.constantFrom('gross' as const, 'net' as const),
    compare: fc.subarray(retailers),
  });
