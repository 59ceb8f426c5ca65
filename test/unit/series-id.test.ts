import { describe, expect, it } from 'vitest';
import { seriesId } from '../../src/views/components/series-id';

describe('seriesId', () => {
  it('is the same for the same chart and series, so a series mounted again reuses its id', () => {
    expect(seriesId('trend', 'web')).toBe(seriesId('trend', 'web'));
    expect(seriesId('trend', 'web')).toBe('cible-trend-web');
  });

  it('differs between charts and between series', () => {
    const ids = [seriesId('trend', 'web'), seriesId('trend', 'voice'), seriesId('multiple', 'web'), seriesId('trend', 0)];
    // Where the parts split is part of the id: ('a-b', 'c') is not ('a', 'b-c').
    ids.push(seriesId('a-b', 'c'), seriesId('a', 'b-c'), seriesId('a_2d_b', 'c'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps only characters an element id and url(#…) take, without merging different names', () => {
    const a = seriesId('sql', 'revenue €');
    const b = seriesId('sql', 'revenue $');
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(seriesId('sql', 'a b')).not.toBe(seriesId('sql', 'a_20_b'));
    expect(b).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(seriesId('alliance', 'Carrefour / Google')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
