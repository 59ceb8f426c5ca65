import { DataType, type Table, type Vector } from 'apache-arrow';
import type { Column, ColumnarResult } from './engine';

/** A date as `YYYY-MM-DD`; a timestamp with a time of day as `YYYY-MM-DD HH:MM:SS(.mmm)`. */
function isoDate(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  if (epochMs % 86_400_000 === 0) return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${iso.endsWith('.000Z') ? iso.slice(11, 19) : iso.slice(11, 23)}`;
}

/** A time of day from microseconds (or the unit Arrow says) as `HH:MM:SS(.ffffff)`. */
function timeOfDay(raw: number | bigint, unit: number): string {
  const perSecond = [1, 1_000, 1_000_000, 1_000_000_000][unit] ?? 1_000_000;
  const ticks = BigInt(raw);
  const seconds = Number(ticks / BigInt(perSecond));
  const fraction = Number(ticks % BigInt(perSecond));
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return fraction === 0
    ? text
    : `${text}.${String(fraction)
        .padStart(String(perSecond).length - 1, '0')
        .replace(/0+$/, '')}`;
}

/** Bytes as DuckDB prints a BLOB: printable ASCII as is, anything else as `\xHH`. */
function blobText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x20 && byte < 0x7f && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return text;
}

/**
 * DuckDB sends INTERVAL as Arrow MONTH_DAY_NANO, which apache-arrow 17 reads wrongly; the raw
 * words (months, days as int32, then nanoseconds as int64) are read here instead.
 */
const MONTH_DAY_NANO = 2;

function intervalColumn(vector: Vector): (string | null)[] {
  const out: (string | null)[] = [];
  for (const data of vector.data) {
    const words = data.values as Int32Array;
    for (let i = 0; i < data.length; i++) {
      if (!data.getValid(i)) {
        out.push(null);
        continue;
      }
      const at = (data.offset + i) * 4;
      const nanos = BigInt(words[at + 2]! >>> 0) + (BigInt(words[at + 3]!) << 32n);
      const parts = [];
      if (words[at]) parts.push(`${words[at]} month${Math.abs(words[at]!) === 1 ? '' : 's'}`);
      if (words[at + 1]) parts.push(`${words[at + 1]} day${Math.abs(words[at + 1]!) === 1 ? '' : 's'}`);
      if (nanos !== 0n || parts.length === 0) parts.push(`${nanos < 0n ? '-' : ''}${timeOfDay(nanos < 0n ? -nanos : nanos, 3)}`);
      out.push(parts.join(' '));
    }
  }
  return out;
}

function textColumnOf(vector: Vector, text: (raw: unknown) => string): (string | null)[] {
  const out: (string | null)[] = new Array(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const raw: unknown = vector.get(i);
    out[i] = raw === null || raw === undefined ? null : text(raw);
  }
  return out;
}

/** DuckDB's name for the type a column arrived as (the console shows it in each header). */
export function sqlTypeName(type: DataType): string {
  if (DataType.isInt(type)) {
    const names = ['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT'];
    const name = names[Math.log2(type.bitWidth / 8)] ?? 'INTEGER';
    return type.isSigned ? name : `U${name}`;
  }
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return type.scale === 0 && type.precision === 38 ? 'HUGEINT' : `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return type.timezone ? 'TIMESTAMPTZ' : 'TIMESTAMP';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isInterval(type)) return 'INTERVAL';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return 'BLOB';
  if (DataType.isDictionary(type)) return 'ENUM';
  if (DataType.isList(type)) return `${sqlTypeName(type.children[0]!.type as DataType)}[]`;
  if (DataType.isStruct(type)) return 'STRUCT';
  if (DataType.isMap(type)) return 'MAP';
  return 'VARCHAR';
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
  if (DataType.isTime(type)) return textColumnOf(vector, (raw) => timeOfDay(raw as number | bigint, type.unit));
  if (DataType.isInterval(type) && type.unit === MONTH_DAY_NANO) return intervalColumn(vector);
  if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return textColumnOf(vector, (raw) => blobText(raw as Uint8Array));
  return textColumnOf(vector, String);
}

/** Converts an Arrow table to Cible's columnar result, once, at the engine boundary. */
export function arrowToColumns(table: Table): ColumnarResult {
  const names = table.schema.fields.map((field) => field.name);
  // No prototype: a column named `__proto__` (a CSV header, an alias in the SQL console) is a
  // column like any other, not a way to replace the object's prototype.
  const columns: Record<string, Column> = Object.create(null) as Record<string, Column>;
  const types: Record<string, string> = Object.create(null) as Record<string, string>;
  names.forEach((name, index) => {
    const vector = table.getChildAt(index);
    columns[name] = vector ? toColumn(vector) : [];
    types[name] = sqlTypeName(table.schema.fields[index]!.type as DataType);
  });
  return { names, numRows: table.numRows, columns, types };
}
