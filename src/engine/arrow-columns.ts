import { DataType, type Table, type Vector } from 'apache-arrow';
import type { Column, ColumnarResult } from './engine';


function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** A decimal arrives as a little-endian multi-word integer; read it as a double with its scale. */
function decimalToNumber(words: Uint32Array, scale: number): number {
  const negative = (words[words.length - 1]! & 0x8000_0000) !== 0;
  let value = 0;
  let base = 1;
  for (let i = 0; i < words.length; i++) {
    const word = negative ? ~words[i]! >>> 0 : words[i]!;
    value += word * base;
    base *= 0x1_0000_0000;
  }
  if (negative) value = -(value + 1);
  return value / 10 ** scale;
}

function numericColumn(vector: Vector, read: (raw: unknown) => number): Float64Array {
  const out = new Float64Array(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const raw: unknown = vector.get(i);
    out[i] = raw === null || raw === undefined ? Number.NaN : read(raw);
  }
  return out;
}

function toColumn(vector: Vector): Column {
  const type = vector.type as DataType;
  if (DataType.isInt(type) || DataType.isFloat(type)) {
    return numericColumn(vector, (raw) => Number(raw as number | bigint));
  }
  if (DataType.isDecimal(type)) {
    const scale = (type as unknown as { scale: number }).scale;
    return numericColumn(vector, (raw) => decimalToNumber(raw as Uint32Array, scale));
  }
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    const out: (string | null)[] = new Array(vector.length);
    for (let i = 0; i < vector.length; i++) {
      const raw: unknown = vector.get(i);
      out[i] = raw === null || raw === undefined ? null : isoDate(Number(raw));
    }
    return out;
  }
  if (DataType.isBool(type)) {
    const out: (boolean | null)[] = new Array(vector.length);
    for (let i = 0; i < vector.length; i++) out[i] = (vector.get(i) as boolean | null) ?? null;
    return out;
  }
  const out: (string | null)[] = new Array(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const raw: unknown = vector.get(i);
    out[i] = raw === null || raw === undefined ? null : String(raw);
  }
  return out;
}

/** Converts an Arrow table to Cible's columnar result, once, at the engine boundary. */
export function arrowToColumns(table: Table): ColumnarResult {
  const names = table.schema.fields.map((field) => field.name);
  // No prototype: a column named `__proto__` (a CSV header, an alias in the SQL console) is a
  // column like any other, not a way to replace the object's prototype.
  const columns: Record<string, Column> = Object.create(null) as Record<string, Column>;
  names.forEach((name, index) => {
    const vector = table.getChildAt(index);
    columns[name] = vector ? toColumn(vector) : [];
  });
  return { names, numRows: table.numRows, columns };
}

