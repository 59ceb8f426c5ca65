import type { ChannelShare } from '../queries/channel-mix';
import type { PlatformEconomics } from '../queries/commission-by-platform';
import type { DatedEvent } from '../queries/events';
import type { OverviewFact } from '../queries/overview-facts';
import type { ChannelRevenueRow } from '../queries/revenue-by-channel';
import type { RevenueSource } from '../queries/revenue-sources';
import type { Filters, TimeBucket } from '../state/filters';
import { bucketOf, compareNullable, euros, firstDateOf, groupFacts, keyOf, lastDateOf, measuredUnits, sumOf, sumOrders } from './fact-sums';

/**
 * The overview's panels over the filtered period, from the facts of that period: the answers of
 * queries/revenue-by-channel.ts, channel-mix.ts, commission-by-platform.ts, revenue-sources.ts,
 * period-years.ts and events.ts, computed in TypeScript (see overview-answers.ts).
 */

/** Revenue (and orders) by channel per bucket, by bucket then channel. */
export function revenueByChannel(facts: readonly OverviewFact[], bucket: TimeBucket): ChannelRevenueRow[] {
  const groups = groupFacts(facts, (f) => keyOf(bucketOf(f.month, bucket), f.channel));
  const rows = [...groups.values()].map((group) => ({
    bucket: bucketOf(group[0]!.month, bucket),
    channel: group[0]!.channel,
    revenue: euros(sumOf(group, (f) => f.revenue)),
    orders: sumOrders(group),
  }));
  rows.sort((a, b) => compareNullable(a.bucket, b.bucket) || compareNullable(a.channel, b.channel));
  return rows.map((r) => ({ ...r, channel: r.channel ?? '' }));
}

/** Each channel's share of revenue, largest first. */
export function channelMix(facts: readonly OverviewFact[]): ChannelShare[] {
  const groups = groupFacts(facts, (f) => keyOf(f.channel));
  const rows = [...groups.values()].map((group) => ({ channel: group[0]!.channel, revenue: euros(sumOf(group, (f) => f.revenue)) }));
  const total = rows.reduce((sum, r) => sum + r.revenue, 0);
  rows.sort((a, b) => b.revenue - a.revenue || compareNullable(a.channel, b.channel));
  return rows.map((r) => ({ channel: r.channel ?? '', revenue: r.revenue, share: r.revenue / total }));
}

/** Gross, commission (recorded, else per the fee schedule; null when neither) and net by platform and channel. */
export function commissionByPlatform(facts: readonly OverviewFact[]): PlatformEconomics[] {
  const groups = groupFacts(facts, (f) => keyOf(f.platform, f.channel));
  const rows = [...groups.values()].map((group) => {
    const gross = euros(sumOf(group, (f) => f.revenue));
    const stated = sumOf(group, (f) => f.rowsRecorded + f.rowsSchedule) > 0;
    const commission = stated ? euros(sumOf(group, (f) => f.effectiveCommission)) : null;
    return {
      platform: group[0]!.platform,
      channel: group[0]!.channel ?? '',
      gross,
      commission,
      net: commission === null ? null : gross - commission,
      rate: commission === null || gross === 0 ? null : commission / gross,
    };
  });
  rows.sort((a, b) => b.gross - a.gross || compareNullable(a.platform, b.platform));
  return rows.map((r) => ({ ...r, platform: r.platform ?? '' }));
}

/** Where the revenue comes from and what it measures, oldest first. */
export function revenueSources(facts: readonly OverviewFact[]): RevenueSource[] {
  const groups = groupFacts(facts, (f) => keyOf(f.metric ?? '', f.source ?? ''));
  const rows = [...groups.values()].map((group) => ({
    metric: group[0]!.metric ?? '',
    source: group[0]!.source ?? '',
    firstDate: firstDateOf(group) ?? '',
    lastDate: lastDateOf(group) ?? '',
    revenue: euros(sumOf(group, (f) => f.revenue)),
  }));
  return rows.sort((a, b) => compareNullable(a.firstDate, b.firstDate) || compareNullable(a.metric, b.metric) || compareNullable(a.source, b.source));
}

/** The revenue on the KPIs' basis by calendar year. */
export function periodYears(facts: readonly OverviewFact[], basis: Filters['basis']): Map<number, number> {
  const groups = groupFacts(facts, (f) => f.month.slice(0, 4));
  const years = [...groups.entries()].map(([year, group]) => [Number(year), euros(sumOf(group, (f) => measuredUnits(f, basis)))] as const);
  return new Map(years.sort((a, b) => a[0] - b[0]));
}

/** Dated annotations for the filtered retailer and period (the context holds them by date, retailer). */
export function eventsOf(events: readonly DatedEvent[], filters: Filters): DatedEvent[] {
  return events.filter(
    (e) =>
      (!filters.retailer || e.retailer === filters.retailer) &&
      (!filters.from || (e.date !== '' && e.date >= filters.from)) &&
      (!filters.to || (e.date !== '' && e.date <= filters.to)),
  );
}
