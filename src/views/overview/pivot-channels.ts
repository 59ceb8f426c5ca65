import type { ChannelRevenueRow } from '../../queries/revenue-by-channel';
import type { TimeBucket } from '../../state/filters';

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

/** The start (ISO) of the bucket after the one starting on `iso`. */
function nextBucket(iso: string, bucket: TimeBucket): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + (bucket === 'year' ? 12 : bucket === 'quarter' ? 3 : 1);
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

/**
 * Buckets between the first and the last with no row get an empty row of their own, so the axis
 * does not jump (2020 → 2022 read as consecutive years) and the chart can mark the gap.
 */
export function fillBucketGaps(data: Record<string, number | string>[], bucket: TimeBucket): { data: Record<string, number | string>[]; missing: string[] } {
  if (data.length < 2) return { data, missing: [] };
  const have = new Set(data.map((row) => String(row.bucket)));
  const last = String(data[data.length - 1]!.bucket);
  const filled: Record<string, number | string>[] = [];
  const missing: string[] = [];
  const byBucket = new Map(data.map((row) => [String(row.bucket), row]));
  // Bounded: at most one row per month over the data's span.
  for (let iso = String(data[0]!.bucket); iso <= last; iso = nextBucket(iso, bucket)) {
    if (have.has(iso)) filled.push(byBucket.get(iso)!);
    else {
      missing.push(iso);
      filled.push({ bucket: iso });
    }
  }
  return { data: filled, missing };
}
