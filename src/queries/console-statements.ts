/**
 * The SQL console's reading of what an analyst typed: the statements (split where DuckDB would
 * split them, never inside a string, quoted name or comment) and what each would do.
 *
 * Why the console looks before it runs: DuckDB's lockdown already stops files and the network,
 * but it would let a console statement drop or change the tables the dashboard shows, and it
 * answers `INSTALL … FROM 'http://…'` with a silent success (DuckDB-WASM installs on LOAD). So the
 * console runs reads and session settings, lets scratch work go to temporary tables, and refuses
 * the rest with the reason. The lockdown stays the wall behind this: anything that slips past
 * the classification still cannot reach a file or a URL.
 */

/**
 * - `read`: queries (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, PIVOT, EXPLAIN);
 * - `session`: settings of the console's own connection (SET, RESET, USE, PRAGMA, CALL);
 * - `scratch`: CREATE TEMP … (lives in the console's connection only);
 * - `outside`: statements whose job is to reach files, URLs or extensions;
 * - `write`: statements that would change the loaded datasets;
 * - `unknown`: anything else.
 */
export type StatementKind = 'read' | 'session' | 'scratch' | 'outside' | 'write' | 'unknown';

export interface SqlStatement {
  /** The statement as typed, without the `;` and the blank space around it. */
  text: string;
  /** Offsets of `text` in the whole input, so DuckDB's error positions map back to the editor. */
  start: number;
  end: number;
  kind: StatementKind;
  /** The word that decided the kind, upper-case (e.g. `COPY`), for the refusal message. */
  keyword: string;
}

interface Token {
  /** Upper-cased for words; the character itself for `(`, `)`, `;` and other symbols. */
  value: string;
  start: number;
  end: number;
  word: boolean;
}

const READ = new Set(['SELECT', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'DESC', 'SHOW', 'SUMMARIZE', 'PIVOT', 'PIVOT_WIDER', 'UNPIVOT', 'PIVOT_LONGER', '(']);
const SESSION = new Set(['SET', 'RESET', 'USE', 'PRAGMA', 'CALL']);
const OUTSIDE = new Set(['COPY', 'ATTACH', 'DETACH', 'INSTALL', 'LOAD', 'EXPORT', 'IMPORT']);
const WRITE = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'DROP',
  'ALTER',
  'CREATE',
  'TRUNCATE',
  'MERGE',
  'VACUUM',
  'CHECKPOINT',
  'COMMENT',
  'ANALYZE',
  'BEGIN',
  'START',
  'COMMIT',
  'END',
  'ROLLBACK',
  'ABORT',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'REPLACE',
  'UPSERT',
]);
const TEMPORARY = new Set(['TEMP', 'TEMPORARY']);
const DML = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/** Length of the string, quoted name, comment or dollar-quoted text starting at `i`, or 0. */
function skippable(sql: string, i: number): number {
  const c = sql[i]!;
  const next = sql[i + 1];
  if (c === '-' && next === '-') {
    const eol = sql.indexOf('\n', i);
    return (eol === -1 ? sql.length : eol) - i;
  }
  if (c === '/' && next === '*') {
    // Block comments nest in DuckDB's (PostgreSQL's) grammar.
    let depth = 0;
    for (let j = i; j < sql.length; j++) {
      if (sql[j] === '/' && sql[j + 1] === '*') {
        depth++;
        j++;
      } else if (sql[j] === '*' && sql[j + 1] === '/') {
        depth--;
        j++;
        if (depth === 0) return j + 1 - i;
      }
    }
    return sql.length - i;
  }
  if (c === "'" || c === '"') {
    // E'…' strings take backslash escapes; every quoted text doubles its quote to include it.
    const backslash = c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !/[\w$]/.test(sql[i - 2] ?? '');
    for (let j = i + 1; j < sql.length; j++) {
      if (backslash && sql[j] === '\\') j++;
      else if (sql[j] === c) {
        if (sql[j + 1] === c) j++;
        else return j + 1 - i;
      }
    }
    return sql.length - i;
  }
  if (c === '$') {
    const tag = /^\$([A-Za-z_][\w]*)?\$/.exec(sql.slice(i, i + 66));
    if (!tag || /[\w$]/.test(sql[i - 1] ?? '')) return 0;
    const close = sql.indexOf(tag[0], i + tag[0].length);
    return (close === -1 ? sql.length : close + tag[0].length) - i;
  }
  return 0;
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const skip = skippable(sql, i);
    if (skip > 0) {
      // Strings and quoted names are tokens (a statement may start with one); comments are not.
      const comment = (c === '-' || c === '/') && skip > 1;
      if (!comment) tokens.push({ value: c === '"' ? 'IDENT' : 'STRING', start: i, end: i + skip, word: false });
      i += skip;
      continue;
    }
    const word = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(sql.slice(i, i + 256));
    if (word) {
      tokens.push({ value: word[0].toUpperCase(), start: i, end: i + word[0].length, word: true });
      i += word[0].length;
      continue;
    }
    tokens.push({ value: c, start: i, end: i + 1, word: false });
    i++;
  }
  return tokens;
}

/** What a statement made of `tokens` (no `;`) would do, and the word that says so. */
function classify(tokens: readonly Token[]): { kind: StatementKind; keyword: string } {
  const first = tokens[0];
  if (!first) return { kind: 'unknown', keyword: '' };
  const keyword = first.value;
  if (keyword === 'WITH') {
    // A CTE may feed INSERT, UPDATE or DELETE: look at the words outside every parenthesis.
    let depth = 0;
    for (const token of tokens) {
      if (token.value === '(') depth++;
      else if (token.value === ')') depth--;
      else if (depth === 0 && DML.has(token.value)) return { kind: 'write', keyword: token.value };
    }
    return { kind: 'read', keyword };
  }
  if (keyword === 'EXPLAIN') {
    // EXPLAIN ANALYZE runs its statement: it is what the statement explained is.
    let rest = 1;
    if (tokens[rest]?.value === 'ANALYZE' || tokens[rest]?.value === 'ANALYSE') rest++;
    if (tokens[rest]?.value === '(') {
      let depth = 0;
      for (; rest < tokens.length; rest++) {
        if (tokens[rest]!.value === '(') depth++;
        else if (tokens[rest]!.value === ')' && --depth === 0) break;
      }
      rest++;
    }
    return classify(tokens.slice(rest));
  }
  if (keyword === 'FORCE') {
    const next = tokens[1]?.value ?? '';
    return OUTSIDE.has(next) ? { kind: 'outside', keyword: next } : { kind: 'write', keyword: next || keyword };
  }
  if (keyword === 'CREATE') {
    const words = tokens.slice(1, 4).map((t) => t.value);
    const temp = words[0] === 'OR' && words[1] === 'REPLACE' ? words[2] : words[0];
    return temp && TEMPORARY.has(temp) ? { kind: 'scratch', keyword } : { kind: 'write', keyword };
  }
  if (READ.has(keyword)) return { kind: 'read', keyword };
  if (SESSION.has(keyword)) return { kind: 'session', keyword };
  if (OUTSIDE.has(keyword)) return { kind: 'outside', keyword };
  if (WRITE.has(keyword)) return { kind: 'write', keyword };
  return { kind: 'unknown', keyword };
}

/** The statements of `sql` in order; blank ones (only spaces, comments or `;`) are left out. */
export function splitStatements(sql: string): SqlStatement[] {
  const statements: SqlStatement[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    const end = current[current.length - 1]!.end;
    statements.push({ text: sql.slice(start, end), start, end, ...classify(current) });
    current = [];
  };
  for (const token of tokenize(sql)) {
    if (token.value === ';') flush();
    else current.push(token);
  }
  flush();
  return statements;
}

/** True when every statement may run in the console. */
export function runnable(kind: StatementKind): boolean {
  return kind === 'read' || kind === 'session' || kind === 'scratch';
}
