import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../src/state/base64url';
import { MAX_PACKED_BYTES, MAX_PACKED_CHARS, packState, unpackState } from '../../src/state/packed-state';
import { decodeHash, encodeHash } from '../../src/state/url-hash';
import { DEFAULT_STATE } from '../../src/state/app-state';
import { DEFAULT_VIEW_SETTINGS } from '../../src/state/view-settings';
import { MAX_SAVED_SCENARIOS, NEUTRAL_SCENARIO } from '../../src/model/scenario';

describe('packed state field (st=v1.…)', () => {
  it('round-trips structured state and is shorter than its JSON when there is repetition', () => {
    const value = { scenarios: Array.from({ length: 20 }, (_, i) => ({ name: `Scenario ${i}`, voiceGrowth: 0.1, webGrowth: 0.05 })) };
    const packed = packState(value);
    expect(packed.startsWith('v1.')).toBe(true);
    expect(packed.length).toBeLessThan(JSON.stringify(value).length / 3);
    expect(unpackState(packed)).toEqual({ ok: true, value });
  });

  it('refuses a decompression bomb without inflating it: a tiny link that unpacks past the cap', () => {
    const bomb = `v1.${toBase64Url(deflateSync(new Uint8Array(5_000_000), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(MAX_PACKED_CHARS);
    const result = unpackState(bomb);
    expect(result).toEqual({ ok: false, reason: `unpacks to more than ${MAX_PACKED_BYTES / 1000} KB` });
  });

  it('refuses oversized, truncated, altered and unknown-version payloads with a reason', () => {
    const good = packState({ trendBucket: 'year' });
    expect(unpackState('v1.' + 'A'.repeat(MAX_PACKED_CHARS))).toMatchObject({ ok: false, reason: expect.stringContaining('longer than') });
    expect(unpackState(good.slice(0, good.length - 4))).toMatchObject({ ok: false, reason: expect.stringContaining('damaged') });
    expect(unpackState(`v9.${good.slice(3)}`)).toMatchObject({ ok: false, reason: expect.stringContaining('format') });
    expect(unpackState('v1.<script>')).toMatchObject({ ok: false });
    expect(unpackState('')).toMatchObject({ ok: false });
    // Valid deflate of text that is not JSON, or not UTF-8.
    expect(unpackState(`v1.${toBase64Url(deflateSync(new TextEncoder().encode('{not json')))}`)).toMatchObject({ ok: false });
    expect(unpackState(`v1.${toBase64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0x22])))}`)).toMatchObject({ ok: false });
  });

  it('in a link: defaults leave the field out; chart choices travel in it; bad fields fall back with a notice', () => {
    expect(encodeHash(DEFAULT_STATE)).toBe('');
    const state = { ...DEFAULT_STATE, settings: { ...DEFAULT_VIEW_SETTINGS, trendBucket: 'year' as const, hiddenChannels: ['partner'] } };
    const hash = encodeHash(state);
    expect(hash).toMatch(/^#st=v1\.[A-Za-z0-9_-]+$/);
    expect(decodeHash(hash)).toEqual({ state, rejected: [] });

    const hostile = `#st=${packState({ trendBucket: 'decade', hiddenChannels: ['<img src=x onerror=alert(1)>'], __proto__: { polluted: true }, extra: 1 })}`;
    const decoded = decodeHash(hostile);
    expect(decoded.rejected).toEqual(['st.trendBucket']);
    // Hostile text stays a plain string value (rendered as text elsewhere); nothing is polluted.
    expect(decoded.state.settings).toEqual({ ...DEFAULT_VIEW_SETTINGS, hiddenChannels: ['<img src=x onerror=alert(1)>'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect(decodeHash(`#st=${packState([1, 2])}`)).toMatchObject({ rejected: ['st'], state: { settings: DEFAULT_VIEW_SETTINGS } });
    expect(decodeHash('#st=v1.AAAA&retailer=Monoprix')).toMatchObject({ rejected: ['st'], state: { filters: { retailer: 'Monoprix' } } });
  });
});

describe('scenarios, forecast model and phasing in the packed field', () => {
  const scenario = { growth: { web: 0.12, voice: -0.05 }, voiceAdoption: 0.02, basket: 0.03, commission: { partner: 0.015 } };
  const settings = {
    ...DEFAULT_VIEW_SETTINGS,
    scenario,
    scenarios: [
      { name: 'Voice takes off', scenario: { ...NEUTRAL_SCENARIO, voiceAdoption: 0.05 } },
      { name: 'Prix Google +2 pts', scenario: { ...NEUTRAL_SCENARIO, commission: { voice: 0.02, partner: 0.02 } } },
    ],
    forecastModel: 'holt-winters-multiplicative' as const,
    phasing: { path: 'linear' as const, split: 'even' as const, byChannel: true, table: 'month' as const },
  };

  it('round-trip through a link, and the neutral scenario adds nothing to it', () => {
    const state = { ...DEFAULT_STATE, settings };
    expect(decodeHash(encodeHash(state))).toEqual({ state, rejected: [] });
    const neutral = { ...DEFAULT_STATE, settings: { ...DEFAULT_VIEW_SETTINGS, scenario: { ...NEUTRAL_SCENARIO, growth: { web: 0 } } } };
    expect(encodeHash(neutral)).toBe('');
  });

  it('fall back one by one to their defaults, named in the notice, when a link carries bad values', () => {
    const hash = `#st=${packState({ scenario: { growth: { web: 5 } }, scenarios: [{ name: 'x', scenario: {} }], forecastModel: 'arima', phasing: { path: 'compound' }, trendBucket: 'year' })}`;
    const decoded = decodeHash(hash);
    expect(decoded.rejected).toEqual(['st.scenario', 'st.forecastModel']);
    expect(decoded.state.settings.scenario).toEqual(NEUTRAL_SCENARIO);
    expect(decoded.state.settings.scenarios).toEqual([{ name: 'x', scenario: NEUTRAL_SCENARIO }]);
    expect(decoded.state.settings.forecastModel).toBeNull();
    expect(decoded.state.settings.trendBucket).toBe('year');
    const tooMany = Array.from({ length: 9 }, (_, i) => ({ name: `S${i}`, scenario: {} }));
    expect(decodeHash(`#st=${packState({ scenarios: tooMany })}`)).toMatchObject({ rejected: ['st.scenarios'], state: { settings: { scenarios: [] } } });
  });

  it('eight saved scenarios with long names and every lever still fit in the link', () => {
    const full = Array.from({ length: MAX_SAVED_SCENARIOS }, (_, i) => ({
      name: `${'Scénario très détaillé numéro '}${i} — ${'x'.repeat(20)}`.slice(0, 60),
      scenario,
    }));
    const hash = encodeHash({ ...DEFAULT_STATE, settings: { ...settings, scenarios: full } });
    expect(hash.length).toBeLessThan(MAX_PACKED_CHARS);
    expect(decodeHash(hash).state.settings.scenarios).toEqual(full);
  });
});
