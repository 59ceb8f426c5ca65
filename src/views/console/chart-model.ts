import type { ResultColumn, ResultTable } from '../../hooks/use-sql-console';

/** The analyst's chart of a result: one x column, one or more y columns, or one y split by a series column. */
export interface ChartSpec {
  kind: 'line' | 'bar';
  x: string;
  y: string[];
  series: string | null;
}

export interface ChartModel {
  /** One object per x value: `{ x, s0, s1, … }` — a chart's worth of rows only. */
  data: Record<string, string | number | null>[];
  /** The lines or bars in legend order: `id` is the data key (never clashes with `x`), `name` the legend. */
  series: { id: string; name: string }[];
  /** More distinct x values than `maxPoints`: only the first ones (in x order) are drawn. */
  cappedPoints: number | null;
  /** More series than `maxSeries`: the largest ones are drawn. */
  cappedSeries: number | null;
  /** Some x (and series) values repeat: their y values were added up. */
  summed: boolean;
  /** x is numeric or a date, so it is drawn in ascending order. */
  ordered: boolean;
}

export const MAX_POINTS = 1_000;
export const MAX_SERIES = 12;
const NULL_LABEL = 'NULL';

function label(column: ResultColumn, row: number): string {
  const value = column[row];
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return NULL_LABEL;
  return String(value);
}

/** Integer columns that are time, by name: `year`, `month`, `annee`, `week_number`… */
const TIME_NAME = /(^|_)(year|quarter|month|week|day|date|period|yr|an|annee|année|trimestre|mois|semaine|jour)s?($|_)/i;
const TEMPORAL_TYPE = /^(DATE|TIMESTAMP)/;

/**
 * A sensible first chart: time across if there is any (a date, or a whole-number column named
 * like a year or month) drawn as lines, else the first text column as bars; the first other
 * numeric column up.
 */
export function defaultChartSpec(table: ResultTable): ChartSpec | null {
  const numeric = table.names.filter((n) => table.columns[n] instanceof Float64Array);
  const temporal =
    table.names.find((n) => TEMPORAL_TYPE.test(table.types[n] ?? '')) ?? numeric.find((n) => TIME_NAME.test(n) && /INT/.test(table.types[n] ?? ''));
  const x = temporal ?? table.names.find((n) => !(table.columns[n] instanceof Float64Array)) ?? numeric[0];
  const y = numeric.find((n) => n !== x);
  if (!x || !y) return null;
  return { kind: temporal ? 'line' : 'bar', x, y: [y], series: null };
}

/**
 * Turns a result into chart rows, touching each result row once. With a series column, the
 * series are its distinct values (the largest MAX_SERIES by total size); without, each y column
 * is a series.
 */
export function buildChart(table: ResultTable, spec: ChartSpec, maxPoints = MAX_POINTS, maxSeries = MAX_SERIES): ChartModel {
  const xColumn = table.columns[spec.x]!;
  const yColumns = spec.y
    .map((name) => [name, table.columns[name]] as const)
    .filter((entry): entry is readonly [string, Float64Array] => entry[1] instanceof Float64Array);
  const seriesColumn = spec.series ? table.columns[spec.series] : undefined;
  const ordered = xColumn instanceof Float64Array || /^(DATE|TIMESTAMP)/.test(table.types[spec.x] ?? '');

  // Sums per x, per series; x values in first-seen order.
  const points = new Map<string, { x: string | number; sums: Map<string, number> }>();
  const totals = new Map<string, number>();
  let summed = false;
  for (let row = 0; row < table.numRows; row++) {
    const key = label(xColumn, row);
    let point = points.get(key);
    if (!point) {
      const raw = xColumn[row];
      point = { x: xColumn instanceof Float64Array && typeof raw === 'number' && !Number.isNaN(raw) ? raw : key, sums: new Map() };
      points.set(key, point);
    }
    for (const [name, column] of yColumns) {
      const value = column[row]!;
      if (Number.isNaN(value)) continue;
      const series = seriesColumn ? label(seriesColumn, row) : name;
      if (point.sums.has(series)) summed = true;
      point.sums.set(series, (point.sums.get(series) ?? 0) + value);
      totals.set(series, (totals.get(series) ?? 0) + Math.abs(value));
      if (seriesColumn) break; // one y column when split by series
    }
  }

  let all = [...points.values()];
  if (ordered)
    all.sort((a, b) => (typeof a.x === 'number' && typeof b.x === 'number' ? a.x - b.x : String(a.x) < String(b.x) ? -1 : String(a.x) > String(b.x) ? 1 : 0));
  const cappedPoints = all.length > maxPoints ? all.length : null;
  all = all.slice(0, maxPoints);

  const ranked = seriesColumn ? [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name) : yColumns.map(([name]) => name);
  const cappedSeries = ranked.length > maxSeries ? ranked.length : null;
  const keys = ranked.slice(0, maxSeries);
  if (seriesColumn) keys.sort(collate);

  const series = keys.map((name, index) => ({ id: `s${index}`, name }));
  const data = all.map((point) => {
    const row: Record<string, string | number | null> = { x: point.x };
    for (const { id, name } of series) row[id] = point.sums.get(name) ?? null;
    return row;
  });
  return { data, series, cappedPoints, cappedSeries, summed, ordered };
}

function collate(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true });
}
