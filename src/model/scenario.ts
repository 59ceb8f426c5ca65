/**
 * A "what if" on the rest of the goal period: levers the executive moves with sliders. Carried in
 * share links, so every value read from a link is checked against the bounds below.
 * Neutral (all zero) means "the current pace": the projection is then exactly the KPI's.
 */
export interface Scenario {
  /** Change of each channel's revenue over the rest of the period against its current pace: 0.1 = +10%. */
  growth: Record<string, number>;
  /**
   * Extra orders placed by voice over the rest of the period, as a share of all orders at the current
   * pace (0.02 = 2 points): new shoppers won by the assistant, at the voice channel's average basket.
   */
  voiceAdoption: number;
  /** Change of the average basket on every channel: 0.05 = +5% (orders unchanged). */
  basket: number;
  /** Change of each channel's platform commission rate, in points of revenue: 0.02 = +2 points. */
  commission: Record<string, number>;
}

export interface NamedScenario {
  name: string;
  scenario: Scenario;
}

/** Slider ranges: also the bounds a link's values must respect. */
export const SCENARIO_BOUNDS = {
  growth: { min: -0.5, max: 1, step: 0.01 },
  voiceAdoption: { min: 0, max: 0.1, step: 0.005 },
  basket: { min: -0.2, max: 0.2, step: 0.01 },
  commission: { min: -0.1, max: 0.1, step: 0.005 },
} as const;

export const MAX_SAVED_SCENARIOS = 8;
export const MAX_SCENARIO_NAME = 60;
const MAX_CHANNELS = 20;
const MAX_CHANNEL_NAME = 100;

export const NEUTRAL_SCENARIO: Scenario = { growth: {}, voiceAdoption: 0, basket: 0, commission: {} };

/** Drops zero entries so that equal scenarios compare equal and links stay short. */
export function normalizeScenario(s: Scenario): Scenario {
  const nonZero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== 0));
  return { growth: nonZero(s.growth), voiceAdoption: s.voiceAdoption, basket: s.basket, commission: nonZero(s.commission) };
}

export function isNeutralScenario(s: Scenario): boolean {
  const n = normalizeScenario(s);
  return n.voiceAdoption === 0 && n.basket === 0 && Object.keys(n.growth).length === 0 && Object.keys(n.commission).length === 0;
}

/** Whether two scenarios move the same levers by the same amounts (zeros and key order aside). */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  const key = (s: Scenario) => {
    const n = normalizeScenario(s);
    const sorted = (r: Record<string, number>) => Object.entries(r).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return JSON.stringify([sorted(n.growth), n.voiceAdoption, n.basket, sorted(n.commission)]);
  };
  return key(a) === key(b);
}

const inRange = (v: unknown, bounds: { min: number; max: number }): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= bounds.min && v <= bounds.max;

// Channel names are data (any text an upload used), but never keys that would touch an object's prototype.
const safeKey = (k: string) => k.length > 0 && k.length <= MAX_CHANNEL_NAME && k !== '__proto__' && k !== 'constructor' && k !== 'prototype';

function readRates(value: unknown, bounds: { min: number; max: number }): Record<string, number> | null {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > MAX_CHANNELS || !entries.every(([k, v]) => safeKey(k) && inRange(v, bounds))) return null;
  return Object.fromEntries(entries) as Record<string, number>;
}

/** A scenario read from a link, or null when any part of it is malformed or out of bounds. */
export function readScenario(value: unknown): Scenario | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!Object.keys(v).every((k) => k === 'growth' || k === 'voiceAdoption' || k === 'basket' || k === 'commission')) return null;
  const growth = readRates(v.growth, SCENARIO_BOUNDS.growth);
  const commission = readRates(v.commission, SCENARIO_BOUNDS.commission);
  // A missing lever is neutral; a present one must be a number (JSON writes NaN as null: refused).
  const voiceAdoption = 'voiceAdoption' in v ? v.voiceAdoption : 0;
  const basket = 'basket' in v ? v.basket : 0;
  if (!growth || !commission || !inRange(voiceAdoption, SCENARIO_BOUNDS.voiceAdoption) || !inRange(basket, SCENARIO_BOUNDS.basket)) return null;
  return normalizeScenario({ growth, voiceAdoption, basket, commission });
}

/** Saved scenarios read from a link: at most eight, each named (1–60 characters, names unique). */
export function readNamedScenarios(value: unknown): NamedScenario[] | null {
  if (!Array.isArray(value) || value.length > MAX_SAVED_SCENARIOS) return null;
  const out: NamedScenario[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
    const { name, scenario } = item as Record<string, unknown>;
    const read = readScenario(scenario);
    if (typeof name !== 'string' || name.trim().length === 0 || name.length > MAX_SCENARIO_NAME || !read) return null;
    if (out.some((s) => s.name === name)) return null;
    out.push({ name, scenario: read });
  }
  return out;
}
