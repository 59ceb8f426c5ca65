import { en, type MessageKey } from './messages-en';

/**
 * A message as data: a key of the message tables and the values it names. The ingest, the
 * stores and the engine say what happened this way; the page and the command line turn it into
 * a sentence in the reader's language at the last moment, so no sentence is ever re-parsed.
 * A value may itself be a message (a refusal quoting the reason of its first rejected row).
 */
export interface Message {
  code: MessageKey;
  values: { [name: string]: MessageValue };
}

export type MessageValue = string | number | Message;

export const message = (code: MessageKey, values: Message['values'] = {}): Message => ({ code, values });

/** Items joined with "or" in the reader's language: `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): MessageValue {
  if (items.length <= 1) return items[0] ?? '';
  return message('list.or', { head: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** `line 5` or `line 5, column "Date"`: where in a file a record or a value is. */
export function whereInFile(line: number, column: string): Message {
  return column ? message('ingest.where.lineColumn', { line, column }) : message('ingest.where.line', { line });
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).code === 'string' && typeof (value as Message).values === 'object';
}

/**
 * The sentence for `value` from `table`, `{name}` filled in (as text, never HTML). A key missing
 * from the table falls back to English, then to the key itself: a missing text never breaks a
 * page. A plain string (a report stored by an older version, a library's own message) is shown
 * as written.
 */
export function renderMessage(table: Partial<Record<MessageKey, string>>, value: MessageValue | null | undefined): string {
  if (value == null) return '';
  if (!isMessage(value)) return String(value);
  const text = table[value.code] ?? en[value.code] ?? value.code;
  const values = value.values ?? {};
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? renderMessage(table, values[name]) : match));
}

/** The English sentence: for logs, error messages and the command line's JSON report. */
export const englishText = (value: MessageValue | null | undefined): string => renderMessage(en, value);

/** An error that carries a message code, so that whoever shows it can say it in the reader's language. */
export class MessageError extends Error {
  override readonly name: string = 'MessageError';
  constructor(
    readonly detail: Message,
    options?: { cause?: unknown },
  ) {
    super(englishText(detail), options);
  }
}

/** What to show for any error: its message code when it carries one, else its own text. */
export function errorMessage(error: unknown): MessageValue {
  if (isMessage((error as { detail?: unknown } | null)?.detail)) return (error as { detail: Message }).detail;
  return error instanceof Error ? error.message : String(error);
}
