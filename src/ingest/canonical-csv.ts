/** A value for the canonical CSV handed to DuckDB: text is quoted, numbers and dates are bare. */
export type CsvValue = { text: string } | { bare: string } | null;

/**
 * Writes one record of the normalised CSV (`,`, `"`, ISO dates, `.` decimals) that DuckDB's
 * reader loads with explicit types: after validation nothing is left for its sniffer to guess.
 */
export function csvLine(values: readonly CsvValue[]): string {
  return values
    .map((v) => {
      if (v === null) return '';
      if ('bare' in v) return v.bare;
      return `"${v.text.replaceAll('"', '""')}"`;
    })
    .join(',');
}
