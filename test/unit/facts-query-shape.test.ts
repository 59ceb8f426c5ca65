import { describe, expect, it } from 'vitest';
import { overviewFactsQuery } from '../../src/queries/overview-facts';
import { DEFAULT_FILTERS, type Filters } from '../../src/state/filters';

// The facts query is prepared once per connection and reused: a filter change that asked for a
// new SQL text was prepared first, one more round trip to DuckDB's worker. Its results for random
// filters are checked against the per-panel queries in test/integration/overview-answers.test.ts.
describe('the overview facts query: one SQL text for any filters', () => {
  const edges = ['2022-03-01'];
  const base: Filters = { ...DEFAULT_FILTERS, dataset: 'sample', from: '2022-01-01', to: '2022-12-31' };
  const variants: Filters[] = [
    base,
    { ...base, retailer: 'Monoprix' },
    { ...base, channels: ['voice'] },
    { ...base, channels: ['web', 'partner'], region: 'Sud' },
    { ...base, region: 'Ouest', category: 'Frais', platform: 'Drive' },
    { ...base, retailer: 'Carrefour', channels: ['web', 'partner', 'voice'], region: 'Nord-Est', category: 'Boissons', platform: 'Google Shopping' },
  ];

  it('has the same text and the same number of parameters whichever filters are set', () => {
    const queries = variants.map((filters) => overviewFactsQuery(filters, edges));
    expect(new Set(queries.map((q) => q.sql)).size).toBe(1);
    expect(new Set(queries.map((q) => q.params.length)).size).toBe(1);
  });

  it('passes each filter as a parameter, NULL when it is not set, the channels as one', () => {
    const none = overviewFactsQuery(base, edges).params;
    const some = overviewFactsQuery({ ...base, channels: ['web', 'voice'], region: 'Sud' }, edges).params;
    // Each filter is read twice per condition (IS NULL, then the comparison), as often as the
    // query filters sales (its months and its edge days).
    const uses = some.filter((p) => p === 'Sud').length;
    expect(uses).toBeGreaterThan(0);
    expect(some.filter((p) => p === 'web\u001fvoice')).toHaveLength(uses);
    expect(none.filter((p) => p === null).length - some.filter((p) => p === null).length).toBe(2 * uses);
  });

  it('keeps exact for a channel whose name holds the separator, with a text of its own', () => {
    const odd = overviewFactsQuery({ ...base, channels: ['a\u001fb'] }, edges);
    expect(odd.sql).not.toBe(overviewFactsQuery(base, edges).sql);
    expect(odd.params).toContain('a\u001fb');
  });
});
