import { quoteIdent, quoteLiteral, type SqlParam } from './engine';

/**
 * SQL text with the values of its `?` placeholders, in the order they appear in the text. Built
 * only by the `sql` tag and the helpers below, so a fragment's params always match its text:
 * splicing a fragment into another carries its params to the same place, and using it twice
 * carries them twice. (Exported as a type only: `new` is for this module.)
 */
class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly SqlParam[],
  ) {}

  /**
   * A fragment in a plain template string would lose its params (and read "[object Object]"):
   * fail at once instead. Splice it with sql`…`, or read `.text` where no params can be.
   */
  toString(): never {
    throw new Error('An sql fragment was turned into a string: interpolate it with sql`…`, or read .text for SQL without params.');
  }
}
export type { SqlFragment as Sql };

/** What may be interpolated: a value (becomes a `?` and its param) or a fragment (spliced in). */
export type SqlPart = SqlParam | SqlFragment;

/** A value as a fragment (`?` and the value); a fragment as itself. */
function fragmentOf(part: SqlPart): SqlFragment {
  return part instanceof SqlFragment ? part : new SqlFragment('?', [part]);
}

/**
 * sql`SELECT … WHERE s.retailer = ${retailer} AND ${where}`: the template's own text is code, so
 * it is trusted; every interpolated value becomes a `?` parameter, every fragment is spliced with
 * its params. A template without values is a constant fragment (sql`TRUE`).
 */
export function sql(strings: TemplateStringsArray, ...parts: readonly SqlPart[]): SqlFragment {
  let text = strings[0]!;
  const params: SqlParam[] = [];
  parts.forEach((part, i) => {
    const fragment = fragmentOf(part);
    text += fragment.text + strings[i + 1]!;
    params.push(...fragment.params);
  });
  return new SqlFragment(text, params);
}

/**
 * The parts one after the other with `separator` (code, e.g. ', ' or ' AND ') between them; a
 * value part is a `?`. No parts give empty text: callers guard an `IN ()` list, which SQL refuses.
 */
export function join(parts: readonly SqlPart[], separator: string): SqlFragment {
  const fragments = parts.map(fragmentOf);
  return new SqlFragment(
    fragments.map((f) => f.text).join(separator),
    fragments.flatMap((f) => f.params),
  );
}

/**
 * Trusted SQL text made by code (a column list from typed names, an expression chosen from
 * constants): never a value that came from a user or a file.
 */
export function raw(text: string): SqlFragment {
  return new SqlFragment(text, []);
}

/** An identifier (table, schema, column), double-quoted: see quoteIdent. */
export function ident(name: string): SqlFragment {
  return raw(quoteIdent(name));
}

/** A string literal, single-quoted, where DuckDB takes no parameter (file names, DDL): see quoteLiteral. */
export function literal(text: string): SqlFragment {
  return raw(quoteLiteral(text));
}

/**
 * The fragment as the engine takes it (`BuiltQuery`): a plain object, so it survives a worker's
 * structured clone and keys the first-paint snapshot by its text and params.
 */
export function toQuery(fragment: SqlFragment): { sql: string; params: SqlParam[] } {
  return { sql: fragment.text, params: [...fragment.params] };
}
