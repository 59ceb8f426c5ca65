import type { Column, ColumnarResult, SqlParam } from '../engine/engine';

/**
 * The default view's query results, computed at build time by the same DuckDB-WASM on the same
 * bundled data, and inlined into index.html. The page paints them at once while DuckDB starts,
 * then replaces them with live results: same queries, same data, so the same numbers.
 */
export interface FirstPaintSnapshot {
  version: 1;
  /** ISO timestamp of the build. */
  builtAt: string;
  /** The engine that computed it, e.g. "DuckDB v1.4.3 (wasm, node)". */
  engine: string;
  results: Record<string, EncodedResult>;
  /** The default view's KPI cards, computed by the build from these results (analytics/goal-kpis.ts). */
  cards?: unknown;
}

/** A column as JSON: numbers with null for NaN (JSON has no NaN), text and booleans as they are. */
type EncodedColumn =
  { kind: 'number'; values: (number | null)[] } | { kind: 'text'; values: (string | null)[] } | { kind: 'boolean'; values: (boolean | null)[] };

export interface EncodedResult {
  names: string[];
  numRows: number;
  columns: Record<string, EncodedColumn>;
  /** DuckDB's column types, when the engine reported them: a snapshot reads like a live answer. */
  types?: Record<string, string>;
}

/** The id of the element in index.html that carries the snapshot. */
export const SNAPSHOT_ELEMENT_ID = 'cible-first-paint';

/** Which query a result answers: the same key the page's query hook computes. */
export function snapshotKey(dataset: string, sql: string, params: readonly SqlParam[]): string {
  return JSON.stringify([dataset, sql, params]);
}

function encodeColumn(column: Column): EncodedColumn {
  if (column instanceof Float64Array) return { kind: 'number', values: Array.from(column, (v) => (Number.isNaN(v) ? null : v)) };
  const first = column.find((v) => v !== null);
  if (typeof first === 'boolean') return { kind: 'boolean', values: column as (boolean | null)[] };
  return { kind: 'text', values: column as (string | null)[] };
}

export function encodeResult(result: ColumnarResult): EncodedResult {
  const columns: Record<string, EncodedColumn> = {};
  for (const name of result.names) columns[name] = encodeColumn(result.columns[name]!);
  return { names: [...result.names], numRows: result.numRows, columns, ...(result.types ? { types: { ...result.types } } : {}) };
}

export function decodeResult(encoded: EncodedResult): ColumnarResult {
  const columns: Record<string, Column> = {};
  for (const name of encoded.names) {
    const column = encoded.columns[name]!;
    columns[name] = column.kind === 'number' ? Float64Array.from(column.values, (v) => v ?? Number.NaN) : column.values;
  }
  return { names: encoded.names, numRows: encoded.numRows, columns, ...(encoded.types ? { types: encoded.types } : {}) };
}

/**
 * The snapshot as a `<script type="application/json">` element. `<` is escaped so no value can
 * close the element early, whatever text the data holds.
 */
export function snapshotScriptTag(snapshot: FirstPaintSnapshot): string {
  const json = JSON.stringify(snapshot).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${json}</script>`;
}

/** Reads a snapshot back from its JSON text; anything malformed counts as no snapshot. */
export function parseSnapshot(text: string | null | undefined): FirstPaintSnapshot | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<FirstPaintSnapshot>;
    return value.version === 1 && value.results && typeof value.results === 'object' ? (value as FirstPaintSnapshot) : null;
  } catch {
    return null;
  }
}
