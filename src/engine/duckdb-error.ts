/**
 * DuckDB-WASM's browser build sends some errors as JSON (`{"exception_type": "Parser",
 * "exception_message": "syntax error at or near …", "position": "20"}`) and others as text
 * (`Binder Error: …`). Both are read here into DuckDB's usual text, plus the character offset
 * when DuckDB gave one, so callers see one shape whatever the build.
 */
export interface DuckDbErrorText {
  message: string;
  /** Offset in the statement where DuckDB located the error, when it said. */
  position: number | null;
}

export function readDuckDbError(raw: string): DuckDbErrorText {
  const text = raw.trim();
  if (text.startsWith('{') && text.endsWith('}')) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      if (typeof parsed.exception_message === 'string') {
        const type = typeof parsed.exception_type === 'string' && parsed.exception_type !== '' ? `${parsed.exception_type} Error: ` : '';
        const position = typeof parsed.position === 'string' || typeof parsed.position === 'number' ? Number(parsed.position) : Number.NaN;
        return { message: `${type}${parsed.exception_message}`, position: Number.isInteger(position) && position >= 0 ? position : null };
      }
    } catch {
      // Not JSON after all: the text is the message.
    }
  }
  return { message: raw, position: null };
}
