import { describe, expect, it } from 'vitest';
import { isNeutralScenario, MAX_SAVED_SCENARIOS, NEUTRAL_SCENARIO, readNamedScenarios, readScenario, SCENARIO_BOUNDS } from '../../src/model/scenario';
import { DEFAULT_PHASING, readPhasingChoice } from '../../src/model/phasing-choice';

describe('readScenario() (a scenario read from a link)', () => {
  it('accepts values within the slider bounds and drops zero entries', () => {
    expect(readScenario({ growth: { web: 0.1, voice: 0 }, basket: -0.05, voiceAdoption: 0.02, commission: { partner: 0.01 } })).toEqual({
      growth: { web: 0.1 },
      basket: -0.05,
      voiceAdoption: 0.02,
      commission: { partner: 0.01 },
    });
    expect(readScenario({})).toEqual(NEUTRAL_SCENARIO);
    expect(readScenario({ growth: { web: SCENARIO_BOUNDS.growth.max } })?.growth.web).toBe(1);
  });

  it.each([
    ['growth above the bound', { growth: { web: 1.01 } }],
    ['growth below the bound', { growth: { web: -0.51 } }],
    ['a value that is not a number', { basket: '0.1' }],
    ['NaN smuggled as null', { voiceAdoption: null }],
    ['negative adoption', { voiceAdoption: -0.01 }],
    ['an unknown lever', { discount: 0.1 }],
    ['a prototype key', JSON.parse('{"growth": {"__proto__": 0.1}}') as unknown],
    ['a channel name too long', { growth: { ['x'.repeat(101)]: 0.1 } }],
    ['too many channels', { growth: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`c${i}`, 0.1])) }],
    ['not an object', [0.1]],
  ])('refuses %s', (_, value) => {
    expect(readScenario(value)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('knows the neutral scenario whatever zeros it carries', () => {
    expect(isNeutralScenario({ growth: { web: 0 }, voiceAdoption: 0, basket: 0, commission: { voice: 0 } })).toBe(true);
    expect(isNeutralScenario({ ...NEUTRAL_SCENARIO, basket: 0.01 })).toBe(false);
  });
});

describe('readNamedScenarios()', () => {
  const one = { name: 'Voice takes off', scenario: { voiceAdoption: 0.05 } };
  it('reads up to eight named scenarios', () => {
    expect(readNamedScenarios([one])).toEqual([{ name: 'Voice takes off', scenario: { ...NEUTRAL_SCENARIO, voiceAdoption: 0.05 } }]);
    expect(readNamedScenarios(Array.from({ length: MAX_SAVED_SCENARIOS }, (_, i) => ({ ...one, name: `S${i}` })))).toHaveLength(8);
  });

  it.each([
    ['nine scenarios', Array.from({ length: 9 }, (_, i) => ({ ...one, name: `S${i}` }))],
    ['a duplicate name', [one, one]],
    ['an empty name', [{ ...one, name: '  ' }]],
    ['a name over 60 characters', [{ ...one, name: 'n'.repeat(61) }]],
    ['an invalid scenario inside', [{ name: 'x', scenario: { basket: 5 } }]],
    ['not a list', { one }],
  ])('refuses %s', (_, value) => {
    expect(readNamedScenarios(value)).toBeNull();
  });
});

describe('readPhasingChoice()', () => {
  it('reads known choices, fills the missing ones and refuses unknown values', () => {
    expect(readPhasingChoice({ path: 'linear' })).toEqual({ ...DEFAULT_PHASING, path: 'linear' });
    expect(readPhasingChoice({ path: 'exponential' })).toBeNull();
    expect(readPhasingChoice({ byChannel: 'yes' })).toBeNull();
    expect(readPhasingChoice({ table: 'week' })).toBeNull();
    expect(readPhasingChoice({ extra: 1 })).toBeNull();
  });
});
