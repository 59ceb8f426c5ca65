import type { WaterfallStep } from './waterfall';

export interface PlatformAmounts {
  platform: string;
  gross: number;
  commission: number;
}

export interface PlatformWaterfall<T extends PlatformAmounts> {
  /** Platforms that charged a commission in the period, dearest first. */
  charging: T[];
  /** Platforms (own site, drive, …) with no commission: shown beside the chart, not in it. */
  free: T[];
  gross: number;
  commission: number;
  net: number;
  freeGross: number;
  /** Gross through the charging platforms → minus each one's commission → net. Empty without any. */
  steps: WaterfallStep[];
}

/**
 * Gross → commission → net over the platforms that charge a commission. Own channels carry no
 * commission and would dwarf it (Carrefour's platforms cost well under 1% of its e-commerce), so
 * they are totalled beside the chart rather than drawn as a bar of their own.
 */
export function platformWaterfall<T extends PlatformAmounts>(rows: readonly T[], labels: { gross: string; net: string }): PlatformWaterfall<T> {
  const charging = rows.filter((r) => r.commission !== 0).sort((a, b) => b.commission - a.commission || a.platform.localeCompare(b.platform));
  const free = rows.filter((r) => r.commission === 0);
  const gross = charging.reduce((t, r) => t + r.gross, 0);
  const commission = charging.reduce((t, r) => t + r.commission, 0);
  const net = gross - commission;
  const steps: WaterfallStep[] =
    charging.length === 0
      ? []
      : [
          { key: 'gross', label: labels.gross, value: gross, kind: 'total' },
          ...charging.map((r): WaterfallStep => ({ key: `fee:${r.platform}`, label: r.platform, value: -r.commission, kind: 'delta' })),
          { key: 'net', label: labels.net, value: net, kind: 'total' },
        ];
  return { charging, free, gross, commission, net, freeGross: free.reduce((t, r) => t + r.gross, 0), steps };
}
