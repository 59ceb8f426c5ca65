/**
 * Bar charts with a row per category (channels, platforms) keep room for every row the dataset
 * has, not only those the filters leave. A filter that narrows them then changes the bars, not
 * the chart's frame: Recharts does not resize the chart (its new size and ticks reported from
 * effects were two more passes over it at each such change), and the chart does not jump (the
 * card's table under it still has a line per row).
 */

interface RowLayout {
  /** Pixels per row. */
  rowHeight: number;
  /** The axis, legend and margins around the rows. */
  chrome: number;
  /** The least height, for one row or none. */
  min: number;
}

export function chartHeightFor(rows: number, { rowHeight, chrome, min }: RowLayout): number {
  return Math.max(min, rows * rowHeight + chrome);
}

/**
 * A bar as thick as Recharts draws it when the rows fill the chart (its category gap is 10% of
 * a row on each side): fewer rows in the same height keep that thickness, with space between.
 */
export function barSizeFor(rowHeight: number): number {
  return Math.round(rowHeight * 0.8);
}
