import { describe, expect, it } from 'vitest';
import { applyScenario, channelOutlook, voiceAdoptionBase, type ScenarioBaseline } from '../../src/analytics/scenario';
import { NEUTRAL_SCENARIO, type Scenario } from '../../src/model/scenario';

// A goal of 1,500 for 2022; by 30 June (day 181 of 365, 184 days left): web 543 (10 orders, no
// commission), voice 181 (5 orders, 18.1 commission = 10%). To date 724 = 4 a day, so the current
// pace projects 4 × 365 = 1,460 (97.3%: at risk) and the rest of the year holds web 552 and voice 184.
const BASE: ScenarioBaseline = {
  pacing: { goal: 1500, goalStart: '2022-01-01', goalEnd: '2022-12-31', lastDate: '2022-06-30', toDate: 724, grain: 'month' },
  projection: 1460,
  channels: [
    { channel: 'web', revenue: 543, orders: 10, commission: 0 },
    { channel: 'voice', revenue: 181, orders: 5, commission: 18.1 },
  ],
  model: { mean: 800, lower: 700, upper: 900 },
};
const scenario = (patch: Partial<Scenario>): Scenario => ({ ...NEUTRAL_SCENARIO, ...patch });

describe('applyScenario()', () => {
  it('returns the KPI’s own projection, to the last bit, for the neutral scenario', () => {
    const kpi = 1460.0000000000002; // as SQL computed it
    const result = applyScenario({ ...BASE, projection: kpi }, NEUTRAL_SCENARIO);
    expect(result.projection).toBe(kpi);
    expect(result.change).toBe(0);
    expect(result.pacing.status).toBe('at-risk');
  });

  it('carries the current pace over the rest of the period, channel by channel', () => {
    const channels = channelOutlook(BASE);
    expect(channels.map((c) => [c.channel, c.remaining, c.rate])).toEqual([
      ['web', expect.closeTo(552, 9), 0],
      ['voice', expect.closeTo(184, 9), expect.closeTo(0.1, 12)],
    ]);
  });

  it('web +10% adds 55.2 and puts the goal on track; web −30% takes 165.6 off and puts it off track', () => {
    const up = applyScenario(BASE, scenario({ growth: { web: 0.1 } }));
    expect(up.change).toBeCloseTo(55.2, 9);
    expect(up.projection).toBeCloseTo(1515.2, 9);
    expect(up.pacing.status).toBe('on-track');
    const down = applyScenario(BASE, scenario({ growth: { web: -0.3 } }));
    expect(down.projection).toBeCloseTo(1294.4, 9);
    expect(down.pacing.status).toBe('off-track');
  });

  it('a 5% bigger basket adds 5% to what is left: (552 + 184) × 0.05 = 36.8', () => {
    expect(applyScenario(BASE, scenario({ basket: 0.05 })).change).toBeCloseTo(36.8, 9);
  });

  it('2 points of voice adoption add 2% of the remaining orders at the voice basket', () => {
    // Voice basket 181 / 5 = 36.2; orders still to come 15 × 184/181; extra = 0.02 × 15 × 184/181 × 36.2 = 11.04.
    expect(voiceAdoptionBase(channelOutlook(BASE))!.voiceBasket).toBeCloseTo(36.2, 12);
    expect(applyScenario(BASE, scenario({ voiceAdoption: 0.02 })).change).toBeCloseTo(11.04, 9);
    // Without order counts (yearly published figures) there is nothing to adopt from.
    const noOrders = { ...BASE, channels: BASE.channels.map((c) => ({ ...c, orders: null })) };
    expect(voiceAdoptionBase(channelOutlook(noOrders))).toBeNull();
    expect(applyScenario(noOrders, scenario({ voiceAdoption: 0.02 })).change).toBe(0);
  });

  it('commission moves the net projection only: +2 points on voice costs 184 × 0.02 = 3.68 more', () => {
    // Neutral: 18.1 paid + 184 × 10% = 36.5, net 1,423.5. At 12%: 18.1 + 22.08 = 40.18, net 1,419.82.
    const neutral = applyScenario(BASE, NEUTRAL_SCENARIO);
    expect(neutral.commission).toBeCloseTo(36.5, 9);
    expect(neutral.netProjection).toBeCloseTo(1423.5, 9);
    const dearer = applyScenario(BASE, scenario({ commission: { voice: 0.02 } }));
    expect(dearer.projection).toBe(1460);
    expect(dearer.netProjection).toBeCloseTo(1419.82, 9);
    // A rate never goes below zero.
    expect(applyScenario(BASE, scenario({ commission: { voice: -0.1 } })).commission).toBeCloseTo(18.1, 9);
  });

  it('scales the model’s forecast of the rest like the pace’s: web +10% is 791.2/736 = 1.075 times as much', () => {
    const result = applyScenario(BASE, scenario({ growth: { web: 0.1 } }));
    expect(result.model!.projection).toBeCloseTo(724 + 800 * 1.075, 9);
    expect(result.model!.lower).toBeCloseTo(724 + 700 * 1.075, 9);
    expect(result.model!.upper).toBeCloseTo(724 + 900 * 1.075, 9);
    expect(applyScenario({ ...BASE, model: null }, NEUTRAL_SCENARIO).model).toBeNull();
  });

  it('moves the day the goal is reached', () => {
    // At 4 a day the 776 still needed take 194 days: 30 June + 194 = 10 January 2023, after the deadline.
    expect(applyScenario(BASE, NEUTRAL_SCENARIO).pacing.reachedOn).toBe('2023-01-10');
    expect(applyScenario(BASE, scenario({ growth: { web: 0.1 } })).pacing.reachedOn! < '2022-12-31').toBe(true);
  });
});
