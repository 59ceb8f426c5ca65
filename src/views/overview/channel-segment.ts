import type { I18n } from '../../i18n/i18n-context';
import type { CrossFilterControl } from '../../state/cross-filter';
import { clickableBarShape } from '../components/chart-marks';

/**
 * The `shape` of a channel's bars in the trend charts (stacked and small multiples): each bar is
 * a button that filters the page by the channel, announced with its bucket and value, and
 * pressed while that filter is on.
 */
export function channelSegmentShape({
  channel,
  name,
  key,
  label,
  cross,
  i18n,
}: {
  channel: string;
  name: string;
  key: string;
  label: (bucket: string) => string;
  cross: CrossFilterControl;
  i18n: I18n;
}) {
  const target = { kind: 'channel' as const, channel };
  return clickableBarShape({
    label: (row) =>
      i18n.t(cross.isActive(target) ? 'charts.segmentActive' : 'charts.segment', {
        channel: name,
        bucket: label(String(row.bucket)),
        value: i18n.euro(Number(row[key]) || 0),
      }),
    onSelect: () => cross.toggle(target),
    isActive: () => cross.isActive(target),
  });
}
