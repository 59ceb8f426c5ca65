/** One query run in the SQL console, as the console's history keeps it. */
export interface HistoryEntry {
  sql: string;
  /** When it ran, ISO timestamp. */
  at: string;
  ok: boolean;
  /** Rows returned (null when it failed or returned nothing). */
  rows: number | null;
  elapsedMs: number;
}
