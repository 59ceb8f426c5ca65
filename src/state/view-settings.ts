import type { TimeBucket } from './filters';
import { changedOutlookSettings, DEFAULT_OUTLOOK_SETTINGS, readOutlookSettings, type OutlookSettings } from './outlook-settings';

/**
 * Choices that shape the view without filtering the data: carried in the link's packed field
 * (`st=`), never in the readable part. Every field is optional; a missing field means "Cible
 * decides" (e.g. the trend chart's bucket follows the period's length).
 */
export interface ViewSettings extends OutlookSettings {
  /** Bucket of the revenue-by-channel chart, or null to follow the period. */
  trendBucket: TimeBucket | null;
  /** Channels hidden from the trend chart (legend toggles). */
  hiddenChannels: string[];
  /**
   * How the trend chart shows its channels: `stacked` euros (the default), `share` (each bucket
   * as 100%) or `multiples` (one small chart per channel at its own scale, so voice is readable).
   */
  trendMode: TrendMode;
}

export const TREND_MODES = ['stacked', 'share', 'multiples'] as const;
export type TrendMode = (typeof TREND_MODES)[number];

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  trendBucket: null,
  hiddenChannels: [],
  trendMode: 'stacked',
  // Scenario, saved scenarios, forecast model and phasing: see outlook-settings.ts.
  ...DEFAULT_OUTLOOK_SETTINGS,
};

const BUCKETS: readonly TimeBucket[] = ['month', 'quarter', 'year'];
const MAX_HIDDEN = 20;
const MAX_NAME = 100;

export interface ReadSettings {
  settings: ViewSettings;
  /** Fields present but invalid: they fall back to their default and the viewer is told. */
  rejected: string[];
}

/** Validates an unpacked value field by field: unknown fields are ignored, bad ones reset. */
export function readViewSettings(value: unknown): ReadSettings {
  const rejected: string[] = [];
  const settings: ViewSettings = { ...DEFAULT_VIEW_SETTINGS, hiddenChannels: [] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { settings, rejected: value === undefined ? [] : ['st'] };
  const record = value as Record<string, unknown>;
  Object.assign(settings, readOutlookSettings(record, rejected));
  if ('trendBucket' in record) {
    const bucket = record.trendBucket;
    if (bucket === null || BUCKETS.includes(bucket as TimeBucket)) settings.trendBucket = bucket as TimeBucket | null;
    else rejected.push('st.trendBucket');
  }
  if ('hiddenChannels' in record) {
    const hidden = record.hiddenChannels;
    if (Array.isArray(hidden) && hidden.length <= MAX_HIDDEN && hidden.every((c) => typeof c === 'string' && c.length > 0 && c.length <= MAX_NAME)) {
      settings.hiddenChannels = [...new Set(hidden as string[])];
    } else rejected.push('st.hiddenChannels');
  }
  if ('trendMode' in record) {
    if ((TREND_MODES as readonly unknown[]).includes(record.trendMode)) settings.trendMode = record.trendMode as TrendMode;
    else rejected.push('st.trendMode');
  }
  return { settings, rejected };
}

/** Only the fields that differ from the defaults: the default view needs no packed field at all. */
export function changedViewSettings(settings: ViewSettings): Partial<ViewSettings> | null {
  const changed: Partial<ViewSettings> = changedOutlookSettings(settings);
  if (settings.trendBucket !== null) changed.trendBucket = settings.trendBucket;
  if (settings.hiddenChannels.length > 0) changed.hiddenChannels = settings.hiddenChannels;
  if (settings.trendMode !== 'stacked') changed.trendMode = settings.trendMode;
  return Object.keys(changed).length > 0 ? changed : null;
}
