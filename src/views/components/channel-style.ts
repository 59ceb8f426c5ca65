import type { I18n } from '../../i18n/i18n-context';

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

const CHANNEL_LABELS = { web: 'channel.web', partner: 'channel.partner', voice: 'channel.voice', total: 'channel.total' } as const;
const isKnownChannel = (channel: string): channel is keyof typeof CHANNEL_LABELS => Object.hasOwn(CHANNEL_LABELS, channel);

/** Known channels are translated; uploaded channel names are shown as they were written. */
export function channelLabel(channel: string, i18n: I18n): string {
  return isKnownChannel(channel) ? i18n.t(CHANNEL_LABELS[channel]) : channel;
}
