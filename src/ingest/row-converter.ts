import { message, type Message } from '../i18n/message';
import { unneutralise } from '../export/csv-export';
import type { CsvValue } from './canonical-csv';
import { mapChannel, type ChannelValueMap, type ColumnSource } from './column-mapping';
import { parseDate } from './dates';
import type { CanonicalColumn } from './ingest-kinds';
import type { RejectedRow, ValueFormats } from './ingest-report';
import { normalizeNumber } from './numbers';

/** How one canonical column gets its value in every row. */
export interface ColumnPlan {
  column: CanonicalColumn;
  /** Index of the source column, or null when a constant (or nothing) fills it. */
  index: number | null;
  /** Source column name, for reject messages. */
  sourceName: string;
  constant: string | null;
}

export type Conversion = { ok: true; value: CsvValue } | { ok: false; reason: Message; column: string; value: string };

// Built only when a cell fails: convertCell runs for every cell of every row.
function failure(plan: ColumnPlan, raw: string) {
  return (reason: Message): Conversion => ({ ok: false, reason, column: plan.sourceName, value: raw });
}

/** Converts one cell (or constant) to its canonical value, or says why it cannot be loaded. */
export function convertCell(plan: ColumnPlan, fields: readonly string[], formats: ValueFormats, channels: ChannelValueMap): Conversion {
  const raw = plan.index === null ? (plan.constant ?? '') : (fields[plan.index] ?? '');
  // A leading apostrophe Cible's own CSV export put before `=`, `+`, `-`, `@` is taken off again.
  const text = unneutralise(raw.trim());
  const { column } = plan;
  const bad = failure(plan, raw);
  if (text === '') return column.required ? bad(message('ingest.reject.empty', { column: column.name })) : { ok: true, value: null };
  switch (column.type) {
    case 'text':
      return { ok: true, value: { text } };
    case 'channel':
      return { ok: true, value: { text: mapChannel(text, channels) } };
    case 'date': {
      if (!formats.date) return bad(message('ingest.reject.noDateFormat'));
      const date = parseDate(text, formats.date);
      return date.ok ? { ok: true, value: { bare: date.value } } : bad(date.reason);
    }
    case 'number':
    case 'integer': {
      const number = normalizeNumber(text, formats.number);
      if (!number.ok) return bad(number.reason);
      if (column.type === 'integer' && !/^-?\d+$/.test(number.value)) return bad(message('ingest.reject.notWholeNumber'));
      return { ok: true, value: { bare: number.value } };
    }
  }
}

export type RowConversion = { ok: true; values: CsvValue[] } | { ok: false; reject: RejectedRow };

/** Converts one record column by column; the first cell that cannot be loaded rejects the row. */
export function convertRow(
  plans: readonly ColumnPlan[],
  fields: readonly string[],
  formats: ValueFormats,
  channels: ChannelValueMap,
  line: number,
): RowConversion {
  const values: CsvValue[] = [];
  for (const plan of plans) {
    const cell = convertCell(plan, fields, formats, channels);
    if (!cell.ok) return { ok: false, reject: { line, column: cell.column, value: cell.value, reason: cell.reason } };
    values.push(cell.value);
  }
  return { ok: true, values };
}

/** Source column → the plan filling each canonical column, in canonical order. */
export function planColumns(columns: readonly CanonicalColumn[], headers: readonly string[], mapping: Record<string, ColumnSource | undefined>): ColumnPlan[] {
  return columns.map((column) => {
    const source = mapping[column.name];
    if (source && 'column' in source) {
      const index = headers.indexOf(source.column);
      return { column, index: index >= 0 ? index : null, sourceName: source.column, constant: null };
    }
    return { column, index: null, sourceName: column.name, constant: source && 'constant' in source ? source.constant : null };
  });
}
