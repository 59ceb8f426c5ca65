import type { ChannelRevenueRow } from '../../queries/revenue-by-channel';

/** Long rows (bucket, channel, revenue) to one object per bucket, for a stacked chart. */
export function pivotChannels(rows: readonly ChannelRevenueRow[]): { channels: string[]; data: Record<string, number | string>[] } {
  const channels: string[] = [];
  const byBucket = new Map<string, Record<string, number | string>>();
  for (const row of rows) {
    if (!channels.includes(row.channel)) channels.push(row.channel);
    let entry = byBucket.get(row.bucket);
    if (!entry) {
      entry = { bucket: row.bucket };
      byBucket.set(row.bucket, entry);
    }
    entry[`c:${row.channel}`] = row.revenue;
  }
  // Stable order: web first (the base of the stack), then partner, voice, then anything uploaded.
  const order = ['web', 'partner', 'voice', 'total'];
  channels.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return { channels, data: [...byBucket.values()] };
}
