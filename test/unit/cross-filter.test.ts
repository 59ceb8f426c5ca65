import { describe, expect, it } from 'vitest';
import {
  bucketRange,
  clearAllCrossFilters,
  clearCrossFilter,
  COMPETITION_KINDS,
  crossChips,
  toggleCrossFilter,
  type CrossState,
} from '../../src/state/cross-filter';
import { DEFAULT_FILTERS } from '../../src/state/filters';

const start: CrossState = { filters: { ...DEFAULT_FILTERS, from: '2019-01-01', to: '2021-12-31' }, periodClick: null };

describe('bucketRange()', () => {
  it.each([
    ['2019-02-01', 'month', '2019-02-01', '2019-02-28'],
    ['2020-02-01', 'month', '2020-02-01', '2020-02-29'],
    ['2019-10-01', 'quarter', '2019-10-01', '2019-12-31'],
    ['2019-04-01', 'quarter', '2019-04-01', '2019-06-30'],
    ['2022-01-01', 'year', '2022-01-01', '2022-12-31'],
  ] as const)('%s as a %s runs from %s to %s', (iso, bucket, from, to) => {
    expect(bucketRange(iso, bucket)).toEqual({ from, to });
  });
});

describe('toggleCrossFilter()', () => {
  it('a channel segment filters the page by that channel alone, and a second click clears it', () => {
    const voice = toggleCrossFilter(start, { kind: 'channel', channel: 'voice' });
    expect(voice.filters.channels).toEqual(['voice']);
    expect(voice.filters.from).toBe('2019-01-01');
    expect(crossChips(voice)).toEqual([{ kind: 'channel', channel: 'voice' }]);
    expect(toggleCrossFilter(voice, { kind: 'channel', channel: 'voice' }).filters.channels).toEqual([]);
    expect(toggleCrossFilter(voice, { kind: 'channel', channel: 'web' }).filters.channels).toEqual(['web']);
  });

  it('a retailer (competition view) is compared alone, with its chip there and not on the overview; a second click or Escape gives every retailer back', () => {
    const compared: CrossState = { ...start, filters: { ...start.filters, compare: ['Carrefour', 'Monoprix'] } };
    const focus = toggleCrossFilter(compared, { kind: 'retailer', retailer: 'Monoprix' });
    expect(focus.filters.compare).toEqual(['Monoprix']);
    expect(crossChips(focus, COMPETITION_KINDS)).toEqual([{ kind: 'retailer', retailer: 'Monoprix' }]);
    expect(crossChips(focus)).toEqual([]);
    expect(toggleCrossFilter(focus, { kind: 'retailer', retailer: 'Monoprix' }).filters.compare).toEqual([]);
    expect(clearAllCrossFilters(focus, COMPETITION_KINDS).filters.compare).toEqual([]);
    // Escape on the overview leaves the competition's focus alone.
    expect(clearAllCrossFilters(focus).filters.compare).toEqual(['Monoprix']);
  });

  it('a platform bar sets the platform filter', () => {
    const google = toggleCrossFilter(start, { kind: 'platform', platform: 'Google Shopping' });
    expect(google.filters.platform).toBe('Google Shopping');
    expect(clearCrossFilter(google, 'platform').filters.platform).toBeNull();
  });

  it('a bucket click narrows the period and clearing gives the viewer’s own period back', () => {
    const q1 = toggleCrossFilter(start, { kind: 'period', ...bucketRange('2020-01-01', 'quarter') });
    expect([q1.filters.from, q1.filters.to]).toEqual(['2020-01-01', '2020-03-31']);
    expect(crossChips(q1)).toEqual([{ kind: 'period', from: '2020-01-01', to: '2020-03-31' }]);
    // From one bucket to the next, then cleared: back to 2019–2021, not to the first bucket.
    const q2 = toggleCrossFilter(q1, { kind: 'period', ...bucketRange('2020-04-01', 'quarter') });
    const cleared = clearCrossFilter(q2, 'period');
    expect([cleared.filters.from, cleared.filters.to]).toEqual(['2019-01-01', '2021-12-31']);
    expect(crossChips(cleared)).toEqual([]);
    // A second click on the same bucket clears it too.
    expect(toggleCrossFilter(q1, { kind: 'period', from: '2020-01-01', to: '2020-03-31' }).filters.from).toBe('2019-01-01');
  });

  it('a date typed in after a bucket click makes the period the viewer’s own: no chip, nothing to restore', () => {
    const q1 = toggleCrossFilter(start, { kind: 'period', ...bucketRange('2020-01-01', 'quarter') });
    const typed: CrossState = { ...q1, filters: { ...q1.filters, to: '2020-06-30' } };
    expect(crossChips(typed)).toEqual([]);
    expect(clearCrossFilter(typed, 'period')).toBe(typed);
  });

  it('Escape clears every cross-filter at once and keeps the other filters', () => {
    let s = toggleCrossFilter(start, { kind: 'channel', channel: 'partner' });
    s = toggleCrossFilter(s, { kind: 'platform', platform: 'Drive' });
    s = toggleCrossFilter(s, { kind: 'period', ...bucketRange('2021-05-01', 'month') });
    expect(crossChips(s).map((c) => c.kind)).toEqual(['channel', 'platform', 'period']);
    const cleared = clearAllCrossFilters(s);
    expect(cleared.filters).toEqual(start.filters);
    expect(crossChips(cleared)).toEqual([]);
  });
});
