/**
 * Where in a statement DuckDB says it went wrong. DuckDB appends the offending line to its
 * message with a caret under the spot:
 *
 *     Binder Error: Referenced column "bad" not found in FROM clause!
 *     LINE 1: SELECT bad FROM sales
 *                    ^
 *
 * A long line is cut to about 40 characters either side of the spot, with `...` marking the cut,
 * so the caret's column is not the offset in the line: the shown excerpt is found in the line
 * instead, and the caret counted from there.
 */
export interface ErrorPosition {
  /** Offset in the statement text, from 0. */
  offset: number;
  /** 1-based line and column in the statement, for the message. */
  line: number;
  column: number;
}

const CONTEXT = /\n?LINE (\d+): (.*)\n( *)\^/;

export function errorPosition(message: string, statement: string): ErrorPosition | null {
  const match = CONTEXT.exec(message);
  if (!match) return null;
  const lineNumber = Number(match[1]);
  const indicator = `LINE ${match[1]}: `;
  let excerpt = match[2]!;
  let caret = match[3]!.length - indicator.length;
  if (excerpt.startsWith('...')) {
    excerpt = excerpt.slice(3);
    caret -= 3;
  }
  const lines = statement.split('\n');
  const text = lines[lineNumber - 1];
  if (text === undefined || caret < 0) return null;
  const lineStart = lines.slice(0, lineNumber - 1).reduce((sum, l) => sum + l.length + 1, 0);
  // The excerpt may end with `...` added by DuckDB, or with three real dots: try both.
  const candidates = excerpt.endsWith('...') ? [excerpt, excerpt.slice(0, -3)] : [excerpt];
  let at = -1;
  for (const candidate of candidates) {
    at = text.indexOf(candidate);
    if (at !== -1) break;
  }
  if (at === -1) at = 0;
  const column = Math.min(at + caret, text.length);
  return { offset: lineStart + column, line: lineNumber, column: column + 1 };
}

/** DuckDB's message without the `LINE n: …` excerpt and caret (the editor marks the spot). */
export function errorSummary(message: string): string {
  return message
    .split(/\n?LINE \d+: .*\n *\^/)
    .join('')
    .trim();
}
