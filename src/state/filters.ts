/** What the user chose: the active dataset and the slice of data every panel shows. */
export interface Filters {
  dataset: string;
  /** ISO dates, inclusive; null = from the first / to the last day with data. */
  from: string | null;
  to: string | null;
  /** null = all retailers. */
  retailer: string | null;
  /** Empty = all channels. */
  channels: string[];
  region: string | null;
  category: string | null;
  /** null = every platform (the retailer's own site, Google, Amazon…): set by a click on a platform's bar. */
  platform: string | null;
  /**
   * Which version of the goal to measure against: the one in force on this date (ISO), or null
   * for the one in force on the period's last day (the as-of date: versions as known then).
   * `2019-01-01` measures 2022 against the 2018 plan, as it stood before the cut; today's date
   * measures any period against the goal as it stands now (hindsight).
   */
  targetAsOf: string | null;
  /**
   * Which goal to measure against, by its period's last day (ISO); null = the goal that matters
   * as of the period's end: the one whose period holds that day, else the next one, else the latest.
   */
  goal: string | null;
  /**
   * What "revenue" means in the KPIs: `gross` (what customers paid) or `net` (minus the platforms'
   * commission, as recorded or else per the fee schedule; see sales-with-commission.ts).
   */
  basis: RevenueBasis;
  /** Retailers the competition view sets side by side; empty = every retailer of the dataset. */
  compare: string[];
}

export const REVENUE_BASES = ['gross', 'net'] as const;
export type RevenueBasis = (typeof REVENUE_BASES)[number];

export const DEFAULT_DATASET = 'sample';

export const DEFAULT_FILTERS: Filters = {
  dataset: DEFAULT_DATASET,
  from: null,
  to: null,
  retailer: 'Carrefour',
  channels: [],
  region: null,
  category: null,
  platform: null,
  targetAsOf: null,
  goal: null,
  basis: 'gross',
  compare: [],
};

export type TimeBucket = 'month' | 'quarter' | 'year';
