/**
 * Bar charts with a row per category (channels, platforms) keep room for every row the dataset
 * has, not only those the filters leave. A filter that narrows them then changes the bars, not
 * the chart's frame: Recharts does not resize the chart (its new size and ticks reported from
 * effects were two more passes over it at each such change), and the chart does not jump (the
 * card's table under it still has a line per row).
 */

export interface RowLayout {
  /** Pixels per row. */
  rowHeight: number;
  /** The axis, legend and margins around the rows. */
  chrome: number;
  /** The least height, for one row or none. */
  min: number;
}

/**
 * The chart's height for the most of `rows` (drawn) and `rowSlots` (the dataset's), and its
 * bars' thickness: as Recharts draws them when the rows fill the chart (its category gap is 10%
 * of a row on each side), so fewer rows in the same height keep that thickness, with space
 * between.
 */
export function rowChartSize(rows: number, rowSlots: number, { rowHeight, chrome, min }: RowLayout): { height: number; maxBarSize: number } {
  return { height: Math.max(min, Math.max(rows, rowSlots) * rowHeight + chrome), maxBarSize: Math.round(rowHeight * 0.8) };
}
