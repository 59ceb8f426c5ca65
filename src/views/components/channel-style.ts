import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';

/**
 * One colour per channel everywhere (charts, legends, tables); colour-blind-safe hues.
 * A Map, not an object: an uploaded channel named `constructor` or `__proto__` must not find
 * Object.prototype's members.
 */
const CHANNEL_COLORS = new Map<string, string>([
  ['web', '#2563eb'],
  ['partner', '#d97706'],
  ['voice', '#7c3aed'],
  ['total', '#475569'],
]);
const EXTRA_COLORS = ['#059669', '#db2777', '#0891b2', '#65a30d', '#9333ea', '#b45309'];

export function channelColor(channel: string, index = 0): string {
  return CHANNEL_COLORS.get(channel) ?? EXTRA_COLORS[index % EXTRA_COLORS.length]!;
}

/** Known channels are translated; uploaded channel names are shown as they were written. */
export function channelLabel(channel: string, i18n: I18n): string {
  return CHANNEL_COLORS.has(channel) ? i18n.t(`channel.${channel}` as MessageKey) : channel;
}
