import { describe, expect, it } from 'vitest';
import { buildOutlook, type OutlookInput } from '../../src/analytics/outlook';
import { applyScenario, type ScenarioBaseline } from '../../src/analytics/scenario';
import { DEFAULT_PHASING } from '../../src/model/phasing-choice';
import { NEUTRAL_SCENARIO, type Scenario } from '../../src/model/scenario';

// The same half year as analytics-scenario.test.ts, measured net of commission. A goal of 1,500
// for 2022; by 30 June (day 181 of 365, 184 days left): web 543 gross (no commission), voice 181
// gross with 18.1 commission (10%). Net to date 705.9 = 3.9 a day, so the net pace projects
// 3.9 × 365 = 1,423.5 (94.9% of the goal: at risk). At the current pace the rest of the year holds
// web 552 and voice 184 gross, on which voice pays 18.4.
const NET: ScenarioBaseline = {
  pacing: { goal: 1500, goalStart: '2022-01-01', goalEnd: '2022-12-31', lastDate: '2022-06-30', toDate: 705.9, grain: 'month' },
  projection: 1423.5,
  basis: 'net',
  channels: [
    { channel: 'web', revenue: 543, orders: 10, commission: 0 },
    { channel: 'voice', revenue: 181, orders: 5, commission: 18.1 },
  ],
  model: { mean: 780, lower: 700, upper: 860 },
};
const scenario = (patch: Partial<Scenario>): Scenario => ({ ...NEUTRAL_SCENARIO, ...patch });

describe('applyScenario() on the net basis', () => {
  it('returns the KPI’s own net projection, to the last bit, for the neutral scenario; gross adds the 36.5 of commission back', () => {
    const kpi = 1423.5000000000002; // as SQL computed it
    const result = applyScenario({ ...NET, projection: kpi }, NEUTRAL_SCENARIO);
    expect(result.projection).toBe(kpi);
    expect(result.change).toBe(0);
    expect(result.netProjection).toBe(kpi);
    // 18.1 paid so far + 184 × 10% still to pay = 36.5; 1,423.5 + 36.5 = 1,460, the gross pace.
    expect(result.commission).toBeCloseTo(36.5, 9);
    expect(result.grossProjection).toBeCloseTo(1460, 9);
    expect(result.pacing.status).toBe('at-risk');
  });

  it('a dearer platform lowers the projection: +2 points on voice take 184 × 0.02 = 3.68 off', () => {
    const dearer = applyScenario(NET, scenario({ commission: { voice: 0.02 } }));
    expect(dearer.change).toBeCloseTo(-3.68, 9);
    expect(dearer.projection).toBeCloseTo(1419.82, 9);
    expect(dearer.netProjection).toBe(dearer.projection);
    // What customers pay does not move: 1,419.82 + 18.1 + 22.08 = 1,460.
    expect(dearer.grossProjection).toBeCloseTo(1460, 9);
    // Voice at no commission for the rest of the year keeps the 18.4: 1,441.9; never below zero.
    expect(applyScenario(NET, scenario({ commission: { voice: -0.1 } })).projection).toBeCloseTo(1441.9, 9);
  });

  it('growth counts net of each channel’s rate: web +10% adds 55.2 (no commission), voice +10% adds 18.4 − 1.84 = 16.56', () => {
    expect(applyScenario(NET, scenario({ growth: { web: 0.1 } })).projection).toBeCloseTo(1478.7, 9);
    expect(applyScenario(NET, scenario({ growth: { voice: 0.1 } })).change).toBeCloseTo(16.56, 9);
    // Web +15% adds 82.8: 1,506.3 ≥ 1,500, on track.
    expect(applyScenario(NET, scenario({ growth: { web: 0.15 } })).pacing.status).toBe('on-track');
  });

  it('basket and voice adoption pay the voice rate on what they add: 36.8 − 0.92 = 35.88 and 11.04 − 1.104 = 9.936', () => {
    expect(applyScenario(NET, scenario({ basket: 0.05 })).change).toBeCloseTo(35.88, 9);
    // Voice basket 36.2; orders still to come 15 × 184/181; 2% of them at 36.2 = 11.04 gross, 10% of it to Google.
    expect(applyScenario(NET, scenario({ voiceAdoption: 0.02 })).change).toBeCloseTo(9.936, 9);
  });

  it('scales the net model’s forecast like the net pace: web +10% is (717.6 + 55.2) / 717.6 = 14/13 times as much', () => {
    const result = applyScenario(NET, scenario({ growth: { web: 0.1 } }));
    expect(result.ratio).toBeCloseTo(14 / 13, 12);
    expect(result.model!.projection).toBeCloseTo(705.9 + 780 * (14 / 13), 9); // 1,545.9
    expect(result.model!.lower).toBeCloseTo(705.9 + 700 * (14 / 13), 9);
  });

  it('on the gross basis the same levers leave commission to the net line, as before', () => {
    const gross: ScenarioBaseline = { ...NET, basis: 'gross', projection: 1460, pacing: { ...NET.pacing, toDate: 724 } };
    const dearer = applyScenario(gross, scenario({ commission: { voice: 0.02 } }));
    expect(dearer.projection).toBe(1460);
    expect(dearer.grossProjection).toBe(1460);
    expect(dearer.netProjection).toBeCloseTo(1419.82, 9);
  });
});

describe('buildOutlook() paces the net revenue to date against the net projection', () => {
  const input = (basis: 'gross' | 'net', projection: number): OutlookInput => ({
    grain: 'month',
    basis,
    rows: [],
    toDate: NET.channels,
    lastDate: '2022-06-30',
    goal: { start: '2022-01-01', end: '2022-12-31', inForce: 1500 },
    versions: [{ retailer: 'R', setOn: '2021-10-01', amount: 1500, label: 'goal', source: null }],
    projection,
    phasing: DEFAULT_PHASING,
    model: null,
  });

  it('net: 705.9 to date, 794.1 still needed at 132.35 a month against 117.65 so far, at risk, reached on 20 January 2023', () => {
    const outlook = buildOutlook(input('net', 1423.5));
    if (outlook.kind !== 'goal') throw new Error('expected a goal');
    expect(outlook.basis).toBe('net');
    expect(outlook.toDate).toBeCloseTo(705.9, 9);
    const p = outlook.pacing!;
    expect(p.toDate).toBeCloseTo(705.9, 9);
    expect(p.stillNeeded).toBeCloseTo(794.1, 9);
    expect(p.remainingPeriods).toBeCloseTo(6, 12); // July to December
    expect(p.requiredRate).toBeCloseTo(132.35, 9);
    expect(p.currentRate).toBeCloseTo(117.65, 9);
    expect(p.requiredUplift).toBeCloseTo(14.7 / 117.65, 12);
    expect(p.projection).toBe(1423.5);
    expect(p.status).toBe('at-risk');
    // 794.1 at 717.6 / 184 = 3.9 a day takes 203.6 days: 204 days after 30 June.
    expect(p.reachedOn).toBe('2023-01-20');
    expect(outlook.baseline!.basis).toBe('net');
    expect(applyScenario(outlook.baseline!, NEUTRAL_SCENARIO).projection).toBe(1423.5);
  });

  it('gross: 724 to date and 776 still needed, unchanged', () => {
    const outlook = buildOutlook(input('gross', 1460));
    if (outlook.kind !== 'goal') throw new Error('expected a goal');
    expect(outlook.toDate).toBe(724);
    expect(outlook.pacing!.stillNeeded).toBe(776);
    expect(outlook.pacing!.status).toBe('at-risk');
  });
});
