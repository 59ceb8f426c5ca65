import type { Filters, TimeBucket } from './filters';

/**
 * Cross-filtering: a click on a chart mark filters the whole page. Each kind of mark writes one
 * field of the ordinary filters, so the URL, the KPIs and every query see a plain filter:
 *
 * - a channel's segment or row (trend chart, mix) sets `channels` to that channel alone;
 * - a platform's bar (commission chart) sets `platform`;
 * - a retailer (its card's name or its legend entry, competition view) sets `compare` to that
 *   retailer alone: the comparison narrows to it, and a second click gives every retailer back;
 * - a period bucket (an axis label of the trend chart: a month, quarter or year) sets `from`/`to`
 *   to that bucket. A segment click never narrows the period as well: "what did voice do?" is
 *   asked of the period chosen, and the KPIs then show the clicked channel over that period.
 *
 * Clicking the same mark again clears what it set; so do the chip's button and Escape. The period
 * before a bucket click is remembered (`periodClick.before`, in the page, not in the link) so
 * clearing gives the viewer's own period back rather than the whole history.
 */
export type CrossTarget =
  | { kind: 'channel'; channel: string }
  | { kind: 'platform'; platform: string }
  | { kind: 'retailer'; retailer: string }
  | { kind: 'period'; from: string; to: string };

export type CrossKind = CrossTarget['kind'];

export interface CrossState {
  filters: Filters;
  /**
   * The last bucket click: the period it set and the period before it. It stands only while the
   * filters still hold that bucket: a date typed in afterwards makes the period the viewer's own.
   */
  periodClick: { from: string; to: string; before: { from: string | null; to: string | null } } | null;
}

/** The bucket click still in force, if any. */
function periodClickInForce(state: CrossState): CrossState['periodClick'] {
  const click = state.periodClick;
  return click && state.filters.from === click.from && state.filters.to === click.to ? click : null;
}

/** One "filtered by …" chip: what the viewer clicked, and so what its button clears. */
export type CrossChip = CrossTarget;

/** The first and last day (ISO) of the bucket starting on `start`. */
export function bucketRange(start: string, bucket: TimeBucket): { from: string; to: string } {
  const year = Number(start.slice(0, 4));
  const month = bucket === 'year' ? 0 : Number(start.slice(5, 7)) - 1;
  const months = bucket === 'year' ? 12 : bucket === 'quarter' ? 3 : 1;
  const first = new Date(Date.UTC(year, month, 1));
  // Day 0 of the month after the bucket is its last day.
  const last = new Date(Date.UTC(year, month + months, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** True when the filters already say exactly what this mark would set. */
export function isCrossActive(state: CrossState, target: CrossTarget): boolean {
  const f = state.filters;
  if (target.kind === 'channel') return f.channels.length === 1 && f.channels[0] === target.channel;
  if (target.kind === 'platform') return f.platform === target.platform;
  if (target.kind === 'retailer') return f.compare.length === 1 && f.compare[0] === target.retailer;
  return periodClickInForce(state) !== null && f.from === target.from && f.to === target.to;
}

/** What a click on a mark does: filter by it, or clear it when it is already the filter. */
export function toggleCrossFilter(state: CrossState, target: CrossTarget): CrossState {
  if (isCrossActive(state, target)) return clearCrossFilter(state, target.kind);
  const f = state.filters;
  if (target.kind === 'channel') return { ...state, filters: { ...f, channels: [target.channel] } };
  if (target.kind === 'platform') return { ...state, filters: { ...f, platform: target.platform } };
  if (target.kind === 'retailer') return { ...state, filters: { ...f, compare: [target.retailer] } };
  // From one bucket to another, "before" stays the viewer's own period.
  const before = periodClickInForce(state)?.before ?? { from: f.from, to: f.to };
  return { filters: { ...f, from: target.from, to: target.to }, periodClick: { from: target.from, to: target.to, before } };
}

/** Clears one kind of cross-filter (a chip's button). */
export function clearCrossFilter(state: CrossState, kind: CrossKind): CrossState {
  const f = state.filters;
  if (kind === 'channel') return { ...state, filters: { ...f, channels: [] } };
  if (kind === 'platform') return { ...state, filters: { ...f, platform: null } };
  if (kind === 'retailer') return { ...state, filters: { ...f, compare: [] } };
  const click = periodClickInForce(state);
  if (!click) return state;
  return { filters: { ...f, ...click.before }, periodClick: null };
}

/** Escape: every cross-filter of the view at once. */
export function clearAllCrossFilters(state: CrossState, kinds: readonly CrossKind[] = OVERVIEW_KINDS): CrossState {
  return crossChips(state, kinds).reduce((s, chip) => clearCrossFilter(s, chip.kind), state);
}

/** What the overview's charts filter by; the competition view's cards and legend filter by retailer. */
export const OVERVIEW_KINDS: readonly CrossKind[] = ['channel', 'platform', 'period'];
export const COMPETITION_KINDS: readonly CrossKind[] = ['retailer'];

/**
 * The chips to show. A channel or platform filter is shown however it was set (the filter bar's
 * channel select too: the chip is its quickest way out); a period only when a click set it,
 * since the date fields already show a period the viewer typed.
 */
export function crossChips(state: CrossState, kinds: readonly CrossKind[] = OVERVIEW_KINDS): CrossChip[] {
  const f = state.filters;
  const chips: CrossChip[] = f.channels.map((channel) => ({ kind: 'channel' as const, channel }));
  if (f.platform) chips.push({ kind: 'platform', platform: f.platform });
  // One retailer compared is a focus, however it was chosen (a click or the checkboxes).
  if (f.compare.length === 1) chips.push({ kind: 'retailer', retailer: f.compare[0]! });
  const click = periodClickInForce(state);
  if (click) chips.push({ kind: 'period', from: click.from, to: click.to });
  return chips.filter((chip) => kinds.includes(chip.kind));
}

/** What a chart needs to take part: filter by a mark (or clear it), and know which mark is the filter. */
export interface CrossFilterControl {
  toggle: (target: CrossTarget) => void;
  isActive: (target: CrossTarget) => boolean;
  /**
   * The marks drawn as active, as text: while it is the same, `isActive` answers the same. A
   * chart keeps its marks (and Recharts its drawing) while this and its numbers stay the same.
   */
  activeKey: string;
}
