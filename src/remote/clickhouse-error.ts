/**
 * What went wrong talking to a ClickHouse server, as a code the page and the CLI turn into a
 * sentence in the reader's language (i18n, `ch.error.*`): never English re-parsed into French.
 */
export const CLICKHOUSE_ERROR_CODES = ['unreachable', 'refused', 'unknown-table', 'unknown-column', 'timeout', 'cancelled', 'other'] as const;
export type ClickHouseErrorCode = (typeof CLICKHOUSE_ERROR_CODES)[number];

export class ClickHouseError extends Error {
  readonly code: ClickHouseErrorCode;
  /** The server's own words (`Code: 60, …`) when it sent any: shown under the sentence. */
  readonly detail: string;

  constructor(code: ClickHouseErrorCode, detail: string) {
    super(`ClickHouse: ${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'ClickHouseError';
    this.code = code;
    this.detail = detail;
  }
}

/**
 * ClickHouse's exception numbers (ErrorCodes.cpp), stable from 18.16 to current releases:
 * unknown user / wrong password / password required / authentication failed / not enough
 * privileges / IP not allowed; unknown table / database; unknown identifier / column;
 * timeout exceeded.
 */
const REFUSED = new Set([192, 193, 194, 195, 497, 516]);
const UNKNOWN_TABLE = new Set([60, 81]);
const UNKNOWN_COLUMN = new Set([16, 47]);
const TIMEOUT = new Set([159, 209, 210]);

/** The error an HTTP answer carries: its status and the `Code: N` at the start of the body. */
export function classifyAnswer(status: number, body: string): ClickHouseError {
  const detail = body.trim().slice(0, 500);
  const code = Number(/Code:\s*(\d+)/.exec(body)?.[1] ?? NaN);
  if (REFUSED.has(code) || status === 401 || status === 403) return new ClickHouseError('refused', detail);
  if (UNKNOWN_TABLE.has(code)) return new ClickHouseError('unknown-table', detail);
  if (UNKNOWN_COLUMN.has(code)) return new ClickHouseError('unknown-column', detail);
  if (TIMEOUT.has(code)) return new ClickHouseError('timeout', detail);
  return new ClickHouseError('other', detail || `HTTP ${status}`);
}
