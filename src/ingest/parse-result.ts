import type { Message } from '../i18n/message';

/** Parsing either succeeds with a value or says why not: never throws, never guesses silently. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: Message };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(reason: Message): ParseResult<T> => ({ ok: false, reason });
