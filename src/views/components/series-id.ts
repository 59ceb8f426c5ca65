/**
 * A series' id for Recharts (the `id` prop of a Bar, Line, Area or Scatter), the same every time
 * the series mounts.
 *
 * Recharts memoises its selectors per series id (reselect's weakMapMemoize), and those caches
 * hold primitive arguments strongly: every id a chart has ever used stays in them, with the last
 * result computed for it. Without an id, a series takes a new one from React's `useId` each time
 * it mounts, and series mount all day: a channel filter removes and restores the trend's bars, the
 * goal's charts come and go with the goal. A heap snapshot after 200 filter changes held entries
 * for 432 series ids, most of them long unmounted. With stable ids the caches stay as they are.
 *
 * Recharts also gives the id to the series' element in the page and names its clip path after it,
 * so an id is unique on the page: `chart` names the chart (and which one, where a page shows
 * several of a kind), `series` the series.
 */
export function seriesId(chart: string, series: string | number): string {
  return `cible-${idPart(chart)}-${idPart(String(series))}`;
}

/**
 * Letters and digits as they are, any other character as `_hex_`: what an element id and a
 * `url(#…)` reference take, and two different names never give the same id.
 */
function idPart(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
}
