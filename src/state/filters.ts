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
}

export const DEFAULT_DATASET = 'sample';

export const DEFAULT_FILTERS: Filters = {
  dataset: DEFAULT_DATASET,
  from: null,
  to: null,
  retailer: 'Carrefour',
  channels: [],
  region: null,
  category: null,
};

export type TimeBucket = 'month' | 'quarter' | 'year';
