import type { ChannelRevenueRow } from '../../queries/revenue-by-channel';

/** One stacked series: the channel as written in the data, and the key its values have in a row. */
export interface ChannelSeries {
  channel: string;
  /**
   * `s0`, `s1`…: never the channel's own name. Recharts reads a `dataKey` as a path
   * (`a.b`, `a[0]`), so an uploaded channel named `web.old` or `x[0]` would chart nothing.
   */
  key: string;
}

/** Long rows (bucket, channel, revenue) to one object per bucket, for a stacked chart. */
export function pivotChannels(rows: readonly ChannelRevenueRow[]): { channels: string[]; series: ChannelSeries[]; data: Record<string, number | string>[] } {
  const channels: string[] = [];
  for (const row of rows) if (!channels.includes(row.channel)) channels.push(row.channel);
  // Stable order: web first (the base of the stack), then partner, voice, then anything uploaded.
  const order = ['web', 'partner', 'voice', 'total'];
  channels.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const keys = new Map(channels.map((channel, index) => [channel, `s${index}`]));
  const byBucket = new Map<string, Record<string, number | string>>();
  for (const row of rows) {
    let entry = byBucket.get(row.bucket);
    if (!entry) {
      entry = { bucket: row.bucket };
      byBucket.set(row.bucket, entry);
    }
    entry[keys.get(row.channel)!] = row.revenue;
  }
  return { channels, series: channels.map((channel) => ({ channel, key: keys.get(channel)! })), data: [...byBucket.values()] };
}
