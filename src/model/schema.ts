/**
 * The canonical tables every dataset is loaded into (see shared/DESIGN.md, "Data model").
 * Each dataset lives in its own DuckDB schema so several can be loaded while one is active.
 */

/** Channels Cible knows by name; uploads may add others, kept as their own channel. */
export const KNOWN_CHANNELS = ['voice', 'web', 'partner'] as const;
export type KnownChannel = (typeof KNOWN_CHANNELS)[number];

/** A dataset's public figures are not broken down by channel: their rows say so. */
export const ALL_CHANNELS_VALUE = 'total';

/** Column order and SQL types of the canonical tables, as read from the bundled CSV files. */
export const SALES_COLUMNS = {
  date: 'DATE',
  retailer: 'VARCHAR',
  channel: 'VARCHAR',
  platform: 'VARCHAR',
  region: 'VARCHAR',
  category: 'VARCHAR',
  orders: 'BIGINT',
  revenue_eur: 'DECIMAL(18,4)',
  commission_eur: 'DECIMAL(18,4)',
  // What the revenue measures ("food e-commerce sales", "e-commerce GMV", "illustrative") and
  // where it comes from: the public figures change metric in 2022 and every row keeps its source.
  metric: 'VARCHAR',
  source: 'VARCHAR',
} as const;

export const TARGETS_COLUMNS = {
  retailer: 'VARCHAR',
  channel: 'VARCHAR',
  period_start: 'DATE',
  period_end: 'DATE',
  target_eur: 'DECIMAL(18,2)',
  set_on: 'DATE',
  label: 'VARCHAR',
  metric: 'VARCHAR',
  source: 'VARCHAR',
} as const;

export const PLATFORM_FEES_COLUMNS = {
  platform: 'VARCHAR',
  valid_from: 'DATE',
  valid_to: 'DATE',
  rate_pct: 'DOUBLE',
  fixed_eur_per_order: 'DECIMAL(18,2)',
  label: 'VARCHAR',
  source: 'VARCHAR',
} as const;

export const EVENTS_COLUMNS = {
  date: 'DATE',
  retailer: 'VARCHAR',
  label: 'VARCHAR',
  source_url: 'VARCHAR',
} as const;

export type TableName = 'sales' | 'targets' | 'platform_fees' | 'events';

export const TABLE_COLUMNS: Record<TableName, Record<string, string>> = {
  sales: SALES_COLUMNS,
  targets: TARGETS_COLUMNS,
  platform_fees: PLATFORM_FEES_COLUMNS,
  events: EVENTS_COLUMNS,
};

export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];
