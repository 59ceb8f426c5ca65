import { PLATFORM_FEES_COLUMNS, TARGETS_COLUMNS } from './schema';

/**
 * Files an analyst can fill in and load on the Data page when a dataset lacks them: the
 * canonical columns (the loader's own, from schema.ts, so the template cannot drift from what it
 * accepts) and one example row to overwrite. Without targets, nothing is measured against a
 * goal; without a platform's fees, its commission shows as "not published".
 */
export interface CsvTemplate {
  fileName: string;
  columns: string[];
  example: string[][];
}

export const TARGETS_TEMPLATE: CsvTemplate = {
  fileName: 'cible-targets-template.csv',
  columns: Object.keys(TARGETS_COLUMNS),
  // channel empty = every channel; set_on = when the goal was announced (a restated goal is a new row).
  example: [
    [
      'Carrefour',
      '',
      '2024-01-01',
      '2024-12-31',
      '5000000000.00',
      '2023-11-08',
      'E-commerce goal 2024',
      'e-commerce sales',
      'https://example.org/announcement',
    ],
  ],
};

export const PLATFORM_FEES_TEMPLATE: CsvTemplate = {
  fileName: 'cible-platform-fees-template.csv',
  columns: Object.keys(PLATFORM_FEES_COLUMNS),
  // valid_to empty = still in force; rate_pct in percent of the basket.
  example: [['Google Shopping', '2019-01-01', '', '12.0', '0.00', 'Commission as agreed', 'https://example.org/contract']],
};
