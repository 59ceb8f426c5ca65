import { describe, expect, it } from 'vitest';
import { platformWaterfall } from '../../src/analytics/platform-waterfall';
import { waterfallBars } from '../../src/analytics/waterfall';

const LABELS = { gross: 'Gross', net: 'Net' };

describe('platformWaterfall()', () => {
  // Carrefour 2022 in the sample, rounded to €m: Google Shopping 168 at 12% = 20.16,
  // Google Assistant 52.92 → 6.3504, Google Home 22.68 → 2.7216; Drive and the site charge nothing.
  const rows = [
    { platform: 'Drive', gross: 2373.84, commission: 0 },
    { platform: 'Google Home', gross: 22.68, commission: 2.7216 },
    { platform: 'Google Shopping', gross: 168, commission: 20.16 },
    { platform: 'carrefour.fr', gross: 1582.56, commission: 0 },
    { platform: 'Google Assistant', gross: 52.92, commission: 6.3504 },
  ];

  it('bridges gross through the charging platforms to net, dearest first, own channels aside', () => {
    const w = platformWaterfall(rows, LABELS);
    expect(w.charging.map((r) => r.platform)).toEqual(['Google Shopping', 'Google Assistant', 'Google Home']);
    expect(w.free.map((r) => r.platform)).toEqual(['Drive', 'carrefour.fr']);
    expect(w.gross).toBeCloseTo(243.6, 9); // 168 + 52.92 + 22.68
    expect(w.commission).toBeCloseTo(29.232, 9); // 20.16 + 6.3504 + 2.7216 = 12% of 243.6
    expect(w.net).toBeCloseTo(214.368, 9);
    expect(w.freeGross).toBeCloseTo(3956.4, 9);
    const bars = waterfallBars(w.steps);
    expect(bars.map((b) => b.label)).toEqual(['Gross', 'Google Shopping', 'Google Assistant', 'Google Home', 'Net']);
    expect(bars[1]!.low).toBeCloseTo(243.6 - 20.16, 9);
    expect(bars.at(-1)!.mismatch).toBeCloseTo(0, 9);
  });

  it('has no steps when no platform charges anything (e.g. a published total)', () => {
    const w = platformWaterfall([{ platform: 'all', gross: 4.2e9, commission: 0 }], LABELS);
    expect(w.steps).toEqual([]);
    expect(w.freeGross).toBe(4.2e9);
  });
});
