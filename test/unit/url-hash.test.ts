import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from '../../src/state/app-state';
import { decodeHash, encodeHash } from '../../src/state/url-hash';
import { DEFAULT_VIEW_SETTINGS } from '../../src/state/view-settings';

describe('decodeHash()', () => {
  it('reads the dataset and filters of a share link', () => {
    const { state, rejected } = decodeHash('#dataset=public&retailer=Carrefour&from=2022-01-01&to=2022-12-31');
    expect(rejected).toEqual([]);
    expect(state.filters).toMatchObject({ dataset: 'public', retailer: 'Carrefour', from: '2022-01-01', to: '2022-12-31', channels: [] });
  });

  it('ignores unknown keys', () => {
    const { state, rejected } = decodeHash('#bogus=1&dataset=public');
    expect(rejected).toEqual([]);
    expect(state.filters.dataset).toBe('public');
  });

  it('replaces invalid values by defaults and says which', () => {
    const { state, rejected } = decodeHash('#dataset=nope&from=2022-02-30&view=hack&lang=de');
    expect(state.filters.dataset).toBe(DEFAULT_STATE.filters.dataset);
    expect(state.filters.from).toBeNull();
    expect(state.view).toBe('overview');
    expect(state.lang).toBeNull();
    expect(rejected.sort()).toEqual(['dataset', 'from', 'lang', 'view']);
  });

  it('refuses an end date before the start date', () => {
    const { state, rejected } = decodeHash('#from=2022-12-31&to=2022-01-01');
    expect(state.filters.to).toBeNull();
    expect(rejected).toEqual(['to']);
  });

  it('keeps hostile text as plain text values (rendered as text, bound as SQL parameters)', () => {
    const { state } = decodeHash(`#retailer=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(state.filters.retailer).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws on oversized or malformed input', () => {
    expect(decodeHash(`#${'a'.repeat(100_000)}`).state).toEqual(DEFAULT_STATE);
    expect(() => decodeHash('#%E0%A4%A=1&&&==')).not.toThrow();
  });
});

describe('revenue basis and compared retailers', () => {
  it('measures on gross revenue unless the link says basis=net', () => {
    expect(decodeHash('').state.filters.basis).toBe('gross');
    expect(decodeHash('#basis=net').state.filters.basis).toBe('net');
    const wrong = decodeHash('#basis=after-tax');
    expect(wrong.state.filters.basis).toBe('gross');
    expect(wrong.rejected).toEqual(['basis']);
  });

  it('writes basis=net as a readable key and leaves the gross default out', () => {
    const net = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, basis: 'net' as const } };
    expect(encodeHash(net)).toBe('#basis=net');
    expect(encodeHash(DEFAULT_STATE)).not.toContain('basis');
  });

  it('reads the competition view and the retailers it compares, in the order given, without repeats', () => {
    const { state, rejected } = decodeHash('#view=competition&compare=Monoprix,Carrefour,Monoprix,');
    expect(rejected).toEqual([]);
    expect(state.view).toBe('competition');
    expect(state.filters.compare).toEqual(['Monoprix', 'Carrefour']);
    expect(encodeHash(state)).toBe('#view=competition&compare=Monoprix%2CCarrefour');
  });
});

describe('encodeHash()', () => {
  it('leaves defaults out', () => {
    expect(encodeHash(DEFAULT_STATE)).toBe('');
  });

  it('round-trips a chosen state', () => {
    const state: AppState = {
      view: 'competition',
      lang: 'fr',
      filters: {
        dataset: 'public',
        from: '2022-01-01',
        to: '2022-12-31',
        retailer: null,
        channels: ['voice', 'web'],
        region: 'Sud',
        category: 'Frais & co',
        platform: 'Google Shopping',
        targetAsOf: '2019-01-01',
        goal: '2022-12-31',
        basis: 'net',
        compare: ['Monoprix', 'Carrefour'],
      },
      embedded: null,
      source: null,
      settings: { ...DEFAULT_VIEW_SETTINGS, trendBucket: 'year', hiddenChannels: ['partner'] },
    };
    expect(decodeHash(encodeHash(state))).toEqual({ state, rejected: [] });
  });

  it('carries embedded data, whose content names the dataset', () => {
    const decoded = decodeHash('#data=v1.abc_-DEF&retailer=*');
    expect(decoded.state.embedded).toBe('v1.abc_-DEF');
    expect(decoded.state.filters.dataset).toMatch(/^x_[0-9a-f]{12}$/);
    expect(decodeHash(encodeHash(decoded.state)).state).toEqual(decoded.state);
    expect(decodeHash('#data=<script>').rejected).toEqual(['data']);
  });

  it('names a web address to load data from, and nothing else', () => {
    const decoded = decodeHash(`#src=${encodeURIComponent('https://data.example.org/ventes.csv')}`);
    expect(decoded.state.source).toBe('https://data.example.org/ventes.csv');
    expect(decoded.state.filters.dataset).toMatch(/^h_[0-9a-f]{12}$/);
    expect(decodeHash(encodeHash(decoded.state)).state).toEqual(decoded.state);
    for (const bad of ['javascript:alert(1)', 'data:text/csv,a', 'file:///etc/passwd', 'https://user:pw@x.org/a.csv', 'not a url']) {
      expect(decodeHash(`#src=${encodeURIComponent(bad)}`).rejected, bad).toEqual(['src']);
    }
  });
});
