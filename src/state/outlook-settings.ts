import { isForecastModelId, type ForecastModelId } from '../model/forecast-model-id';
import { DEFAULT_PHASING, isDefaultPhasing, readPhasingChoice, type PhasingChoice } from '../model/phasing-choice';
import { isNeutralScenario, NEUTRAL_SCENARIO, normalizeScenario, readNamedScenarios, readScenario, type NamedScenario, type Scenario } from '../model/scenario';

/**
 * The outlook's part of the view settings (packed field `st=`): the scenario on the sliders, the
 * saved scenarios, the forecast model and the phasing. Each is validated on its own: a bad one
 * falls back to its default and is named in the link notice (`st.scenario`, …).
 */
export interface OutlookSettings {
  /** The levers as set on the sliders; neutral means the current pace. */
  scenario: Scenario;
  /** Scenarios saved by name, compared side by side. */
  scenarios: NamedScenario[];
  /** The viewer's forecast model, or null for the one with the lowest hold-out error. */
  forecastModel: ForecastModelId | null;
  phasing: PhasingChoice;
}

export const DEFAULT_OUTLOOK_SETTINGS: OutlookSettings = { scenario: NEUTRAL_SCENARIO, scenarios: [], forecastModel: null, phasing: DEFAULT_PHASING };

/** Reads the outlook fields of an unpacked settings object; invalid ones are listed in `rejected`. */
export function readOutlookSettings(record: Record<string, unknown>, rejected: string[]): OutlookSettings {
  const settings = { ...DEFAULT_OUTLOOK_SETTINGS };
  const field = <T>(key: keyof OutlookSettings, read: (value: unknown) => T | null, assign: (value: T) => void) => {
    if (!(key in record)) return;
    const value = read(record[key]);
    if (value === null) rejected.push(`st.${key}`);
    else assign(value);
  };
  field('scenario', readScenario, (v) => (settings.scenario = v));
  field('scenarios', readNamedScenarios, (v) => (settings.scenarios = v));
  field(
    'forecastModel',
    (v) => (v === null || isForecastModelId(v) ? { model: v } : null),
    (v) => (settings.forecastModel = v.model),
  );
  field('phasing', readPhasingChoice, (v) => (settings.phasing = v));
  return settings;
}

/** Only the outlook fields that differ from their defaults. */
export function changedOutlookSettings(settings: OutlookSettings): Partial<OutlookSettings> {
  const changed: Partial<OutlookSettings> = {};
  if (!isNeutralScenario(settings.scenario)) changed.scenario = normalizeScenario(settings.scenario);
  if (settings.scenarios.length > 0) changed.scenarios = settings.scenarios.map((s) => ({ name: s.name, scenario: normalizeScenario(s.scenario) }));
  if (settings.forecastModel !== null) changed.forecastModel = settings.forecastModel;
  if (!isDefaultPhasing(settings.phasing)) changed.phasing = settings.phasing;
  return changed;
}
