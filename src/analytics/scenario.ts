import type { Scenario } from '../model/scenario';
import type { RevenueBasis } from '../state/filters';
import { pace, type Pacing, type PacingInput } from './pacing';
import { daysInclusive, addDays } from './periods';

/** What the goal period holds so far for one channel. */
export interface ChannelToDate {
  channel: string;
  /** Gross revenue (what customers paid), whatever the basis the goal is measured on. */
  revenue: number;
  /** Unknown (null) in figures that do not count orders or commission. */
  orders: number | null;
  /** The platforms' commission on that revenue (recorded, else per the fee schedule). */
  commission: number | null;
}

/**
 * Everything a scenario is applied to: the goal, the revenue to date by channel and the current
 * pace's projection (the KPI's own number, so the neutral scenario reproduces it exactly).
 * `pacing.toDate` and `projection` are measured on `basis`; `channels` hold gross revenue and
 * commission apart, because the levers act on each separately.
 */
export interface ScenarioBaseline {
  pacing: Omit<PacingInput, 'projection'>;
  /** The projection at the deadline at the current pace (the KPI `kpi-projection`). */
  projection: number;
  /** The basis `toDate` and `projection` are measured on: gross when absent. */
  basis?: RevenueBasis;
  channels: ChannelToDate[];
  /** A model's forecast of the revenue still to come, if one could be fitted. */
  model: { mean: number; lower: number; upper: number } | null;
}

export interface ChannelOutlook extends ChannelToDate {
  /** Gross revenue from the day after the last data point to the deadline at the current pace. */
  remaining: number;
  /** Commission as a share of revenue to date (0 where none was paid or it is unknown). */
  rate: number;
}

/** Per channel: the current pace carried over the rest of the period (to date × remaining days / elapsed days). */
export function channelOutlook(baseline: ScenarioBaseline): ChannelOutlook[] {
  const { goalStart, goalEnd, lastDate } = baseline.pacing;
  const elapsed = daysInclusive(goalStart, lastDate);
  const remaining = daysInclusive(addDays(lastDate, 1), goalEnd);
  return baseline.channels.map((c) => ({
    ...c,
    remaining: elapsed > 0 ? (c.revenue * remaining) / elapsed : 0,
    rate: c.commission !== null && c.revenue > 0 ? c.commission / c.revenue : 0,
  }));
}

/** Average voice basket and the orders still to come at the current pace; null where orders are not known. */
export function voiceAdoptionBase(channels: readonly ChannelOutlook[]): { voiceBasket: number; remainingOrders: number } | null {
  const voice = channels.find((c) => c.channel === 'voice');
  if (!voice || !voice.orders || !(voice.revenue > 0) || channels.some((c) => c.orders === null)) return null;
  const remainingOrders = channels.reduce((sum, c) => sum + (c.revenue > 0 ? (c.orders! * c.remaining) / c.revenue : 0), 0);
  return { voiceBasket: voice.revenue / voice.orders, remainingOrders };
}

export interface ScenarioResult {
  /** Revenue expected by the deadline under the scenario, on the baseline's basis (the KPI's projection when neutral). */
  projection: number;
  /** Projection minus the current pace's projection. */
  change: number;
  pacing: Pacing;
  /** Commission to date plus the scenario's commission on the rest of the period. */
  commission: number;
  /** Projection net of platform commission (the projection itself under the net basis). */
  netProjection: number;
  /** Projection before commission (the projection itself under the gross basis). */
  grossProjection: number;
  /** What the scenario multiplies the revenue still to come by (1 when neutral): the model's forecast is scaled by it too. */
  ratio: number;
  /** The model's forecast under the same levers (its remaining revenue scaled like the pace's), with its interval. */
  model: { projection: number; lower: number; upper: number } | null;
}

/**
 * Applies the levers to the rest of the goal period; revenue already booked never changes.
 * Channel c sells remaining_c × (1 + growth_c) × (1 + basket); voice adoption adds
 * adoption × remaining orders × voice basket × (1 + basket); commission is each channel's rate
 * to date plus its change (never below zero) on what it sells. On the gross basis the change is
 * what customers pay more or less (commission moves only the net line); on the net basis it is
 * that change minus the change in commission, so a dearer platform lowers the projection.
 * The projection is the KPI's plus the change, so the neutral scenario returns the KPI's number
 * exactly (every change term is then x − x = 0).
 */
export function applyScenario(baseline: ScenarioBaseline, scenario: Scenario): ScenarioResult {
  const basis = baseline.basis ?? 'gross';
  const channels = channelOutlook(baseline);
  const adoption = voiceAdoptionBase(channels);
  const rateOf = (c: ChannelOutlook) => {
    const change = scenario.commission[c.channel] ?? 0;
    return change === 0 ? c.rate : Math.max(0, c.rate + change);
  };
  let grossChange = 0;
  let commissionChange = 0;
  let remainingCommission = 0;
  for (const c of channels) {
    const revenue = c.remaining * (1 + (scenario.growth[c.channel] ?? 0)) * (1 + scenario.basket);
    const commission = revenue * rateOf(c);
    grossChange += revenue - c.remaining;
    commissionChange += commission - c.remaining * c.rate;
    remainingCommission += commission;
  }
  if (adoption && scenario.voiceAdoption > 0) {
    const extra = scenario.voiceAdoption * adoption.remainingOrders * adoption.voiceBasket * (1 + scenario.basket);
    const commission = extra * rateOf(channels.find((c) => c.channel === 'voice')!);
    grossChange += extra;
    commissionChange += commission;
    remainingCommission += commission;
  }
  const change = basis === 'net' ? grossChange - commissionChange : grossChange;
  const projection = change === 0 ? baseline.projection : baseline.projection + change;
  const commission = channels.reduce((sum, c) => sum + (c.commission ?? 0), 0) + remainingCommission;
  const paceRemaining = baseline.projection - baseline.pacing.toDate;
  const ratio = paceRemaining > 0 ? (paceRemaining + change) / paceRemaining : 1;
  const model = baseline.model
    ? {
        projection: baseline.pacing.toDate + baseline.model.mean * ratio,
        lower: baseline.pacing.toDate + baseline.model.lower * ratio,
        upper: baseline.pacing.toDate + baseline.model.upper * ratio,
      }
    : null;
  return {
    projection,
    change,
    pacing: pace({ ...baseline.pacing, projection }),
    commission,
    netProjection: basis === 'net' ? projection : projection - commission,
    grossProjection: basis === 'net' ? projection + commission : projection,
    ratio,
    model,
  };
}
