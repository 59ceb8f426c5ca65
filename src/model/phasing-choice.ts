/**
 * How the goal in force is phased into yearly, quarterly and monthly targets. Chosen on the page
 * and carried in the share link's packed field, so it is validated here, below every layer that reads it.
 */

/** The yearly path from the base year's actual to the goal: straight line or constant growth. */
export const PATH_METHODS = ['linear', 'compound'] as const;
export type PathMethod = (typeof PATH_METHODS)[number];

/** How a year is split into months: by days, or by last year's monthly profile. */
export const SPLIT_METHODS = ['even', 'seasonal'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/** The phasing table's rows: the plan's years, or the goal year's quarters or months. */
export const PHASING_TABLE_GRAINS = ['year', 'quarter', 'month'] as const;
export type PhasingTableGrain = (typeof PHASING_TABLE_GRAINS)[number];

export interface PhasingChoice {
  path: PathMethod;
  split: SplitMethod;
  /** Split every target by channel, in the channel mix of the last complete year before the goal year. */
  byChannel: boolean;
  table: PhasingTableGrain;
}

export const DEFAULT_PHASING: PhasingChoice = { path: 'compound', split: 'seasonal', byChannel: false, table: 'year' };

/** Validates a value read from a link: null when anything in it is not a known choice. */
export function readPhasingChoice(value: unknown): PhasingChoice | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const known = Object.keys(v).every((k) => k === 'path' || k === 'split' || k === 'byChannel' || k === 'table');
  const path = v.path ?? DEFAULT_PHASING.path;
  const split = v.split ?? DEFAULT_PHASING.split;
  const byChannel = v.byChannel ?? DEFAULT_PHASING.byChannel;
  const table = v.table ?? DEFAULT_PHASING.table;
  if (!known || !PATH_METHODS.includes(path as PathMethod) || !SPLIT_METHODS.includes(split as SplitMethod)) return null;
  if (typeof byChannel !== 'boolean' || !PHASING_TABLE_GRAINS.includes(table as PhasingTableGrain)) return null;
  return { path: path as PathMethod, split: split as SplitMethod, byChannel, table: table as PhasingTableGrain };
}

export function isDefaultPhasing(choice: PhasingChoice): boolean {
  return (Object.keys(DEFAULT_PHASING) as (keyof PhasingChoice)[]).every((k) => choice[k] === DEFAULT_PHASING[k]);
}
