import type { TextEncoding } from './decode';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** `none` reads every `"` as data: for exports that never quote but contain stray quotes. */
export type QuoteMode = '"' | "'" | 'none';

/** How one file is read: sniffed first, then shown to the analyst, who may change any of it. */
export interface CsvSettings {
  encoding: TextEncoding;
  delimiter: Delimiter;
  quote: QuoteMode;
  /** Whether the first record (after any skipped preamble) names the columns. */
  header: boolean;
  /** Records before the header that are not part of the table (titles, export banners). */
  skipRecords: number;
  /** Lines starting with this character are comments; '' means none. */
  comment: '' | '#';
}

/** One record as the parser saw it; `line` is the 1-based line where it starts in the file. */
export interface CsvRecord {
  line: number;
  fields: string[];
}
