import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, VIEWS, type AppState } from '../../src/state/app-state';
import { decodeHash, encodeHash } from '../../src/state/url-hash';
import { FORECAST_MODEL_IDS } from '../../src/model/forecast-model-id';
import { PATH_METHODS, PHASING_TABLE_GRAINS, SPLIT_METHODS } from '../../src/model/phasing-choice';
import { SCENARIO_BOUNDS, type Scenario } from '../../src/model/scenario';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Any text a retailer, region or category could be called, within the link's value limit.
const label = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s !== '*');
// Slider values: whole steps within the bounds, never zero (a zero lever is dropped from the link).
const lever = (min: number, max: number, step: number) =>
  fc
    .integer({ min: Math.round(min / step), max: Math.round(max / step) })
    .filter((n) => n !== 0)
    .map((n) => n * step);
const rates = (min: number, max: number, step: number) =>
  fc.dictionary(fc.constantFrom('web', 'voice', 'partner', 'total', 'Marketplace'), lever(min, max, step), { maxKeys: 3 });
const scenario: fc.Arbitrary<Scenario> = fc.record({
  growth: rates(SCENARIO_BOUNDS.growth.min, SCENARIO_BOUNDS.growth.max, SCENARIO_BOUNDS.growth.step),
  voiceAdoption: fc.oneof(fc.constant(0), lever(0, SCENARIO_BOUNDS.voiceAdoption.max, SCENARIO_BOUNDS.voiceAdoption.step)),
  basket: fc.oneof(fc.constant(0), lever(SCENARIO_BOUNDS.basket.min, SCENARIO_BOUNDS.basket.max, SCENARIO_BOUNDS.basket.step)),
  commission: rates(SCENARIO_BOUNDS.commission.min, SCENARIO_BOUNDS.commission.max, SCENARIO_BOUNDS.commission.step),
});
const outlook = fc.record({
  scenario,
  scenarios: fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 60 }).filter((n) => n.trim().length > 0), scenario }), {
    maxLength: 3,
    selector: (s) => s.name,
  }),
  forecastModel: fc.constantFrom(null, ...FORECAST_MODEL_IDS),
  phasing: fc.record({
    path: fc.constantFrom(...PATH_METHODS),
    split: fc.constantFrom(...SPLIT_METHODS),
    byChannel: fc.boolean(),
    table: fc.constantFrom(...PHASING_TABLE_GRAINS),
  }),
});

const validState: fc.Arbitrary<AppState> = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    lang: fc.constantFrom(null, 'en' as const, 'fr' as const),
    dataset: fc.oneof(fc.constantFrom('sample', 'public'), fc.stringMatching(/^u_[0-9a-f]{12}$/)),
    dates: fc.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null })),
    retailer: fc.option(label, { nil: null }),
    channels: fc.uniqueArray(fc.constantFrom('voice', 'web', 'partner', 'total'), { maxLength: 4 }),
    region: fc.option(label, { nil: null }),
    category: fc.option(label, { nil: null }),
    platform: fc.option(label, { nil: null }),
    targetAsOf: fc.option(isoDate, { nil: null }),
    goal: fc.option(isoDate, { nil: null }),
    basis: fc.constantFrom('gross' as const, 'net' as const),
    // Retailer names in a comma list: a comma inside a name cannot be carried (as for channels).
    compare: fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes(',')),
      { maxLength: 8 },
    ),
    settings: fc
      .record({
        trendBucket: fc.constantFrom(null, 'month' as const, 'quarter' as const, 'year' as const),
        hiddenChannels: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 5 }),
        trendMode: fc.constantFrom('stacked' as const, 'share' as const, 'multiples' as const),
        outlook,
      })
      .map(({ outlook: o, ...rest }) => ({ ...rest, ...o })),
  })
  .map(({ dates: [a, b], ...s }) => {
    const [from, to] = a && b && b < a ? [b, a] : [a, b];
    return {
      view: s.view,
      lang: s.lang,
      filters: {
        dataset: s.dataset,
        from,
        to,
        retailer: s.retailer,
        channels: s.channels,
        region: s.region,
        category: s.category,
        platform: s.platform,
        targetAsOf: s.targetAsOf,
        goal: s.goal,
        basis: s.basis,
        compare: s.compare,
      },
      embedded: null,
      source: null,
      settings: s.settings,
    };
  });

describe('share-link state codec (properties)', () => {
  it('decode(encode(state)) is the state, for any valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decodeHash(encodeHash(state));
        expect(decoded.rejected).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary or hostile input, and what it returns encodes and decodes cleanly', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom(
        '#retailer=<script>alert(1)</script>',
        '#from=2022-02-30',
        '#%E0%A4%A',
        '#channel=' + ','.repeat(5000),
        `#region=${'x'.repeat(10_000)}`,
        '#dataset=../../etc',
        "#category=' OR 1=1 --",
        '#st=v1.',
        '#st=v2.abc',
        '#st=v1.!!!!',
        '#target=2018-13-01',
      ),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'view',
              'lang',
              'dataset',
              'from',
              'to',
              'retailer',
              'channel',
              'region',
              'category',
              'platform',
              'target',
              'basis',
              'compare',
              'st',
              '__proto__',
              'constructor',
            ),
            fc.string({ maxLength: 80 }),
          ),
          { maxLength: 12 },
        )
        .map((pairs) => `#${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
    );
    fc.assert(
      fc.property(hostile, (hash) => {
        const decoded = decodeHash(hash);
        expect(Object.keys(decoded.state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
        expect(decodeHash(encodeHash(decoded.state)).state).toEqual(decoded.state);
      }),
      { numRuns: 1000 },
    );
  });
});
