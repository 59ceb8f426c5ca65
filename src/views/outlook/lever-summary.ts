import type { I18n } from '../../i18n/i18n-context';
import type { Scenario } from '../../model/scenario';
import { channelLabel } from '../components/channel-style';
import { signedPercent, signedPoints } from './outlook-format';

/** The levers a scenario moves, in words: "Web +10%, basket +3%". */
export function leverSummary(scenario: Scenario, i18n: I18n): string {
  const parts = [
    ...Object.entries(scenario.growth).map(([c, v]) => `${channelLabel(c, i18n)} ${signedPercent(v, i18n)}`),
    ...(scenario.voiceAdoption ? [i18n.t('scenario.summaryAdoption', { value: signedPoints(scenario.voiceAdoption, i18n) })] : []),
    ...(scenario.basket ? [i18n.t('scenario.summaryBasket', { value: signedPercent(scenario.basket, i18n) })] : []),
    ...Object.entries(scenario.commission).map(([c, v]) =>
      i18n.t('scenario.summaryCommission', { channel: channelLabel(c, i18n), value: signedPoints(v, i18n) }),
    ),
  ];
  return parts.length > 0 ? parts.join(', ') : i18n.t('scenario.summaryNone');
}
