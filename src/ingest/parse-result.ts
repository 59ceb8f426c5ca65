/** Parsing either succeeds with a value or says why not: never throws, never guesses silently. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(reason: string): ParseResult<T> => ({ ok: false, reason });
