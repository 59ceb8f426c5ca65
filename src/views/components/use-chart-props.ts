import { useMemo } from 'react';
import type { CrossFilterControl, CrossTarget } from '../../state/cross-filter';
import { clickableBarShape } from './chart-marks';

/**
 * Props for Recharts that keep their identity while their content is the same.
 *
 * Recharts 3 keeps each chart's axes, series and legend in a store of its own. An axis, bar or
 * line whose props differ by identity (a new `tickFormatter` arrow, a new `label` object) is
 * registered again, and each registration is another drawing pass of the whole chart. With props
 * that stay the same, a filter change changes only the chart's data, drawn in one pass (see
 * docs/performance.md, "Recharts props").
 */

/** The style of an axis title, the same for every chart. */
const AXIS_TITLE_STYLE = { textAnchor: 'middle' as const, fill: '#475569', fontSize: 12 };

/** The style of the amounts written beside bars. */
export const VALUE_LABEL_STYLE = { fill: '#0f172a', fontSize: 12 };

/** A vertical axis's title, read bottom to top along the axis. */
export function useAxisTitle(value: string | undefined) {
  return useMemo(
    () => (value === undefined ? undefined : { value, angle: -90, position: 'insideLeft' as const, offset: -4, style: AXIS_TITLE_STYLE }),
    [value],
  );
}

/** A LabelList `formatter`: numbers formatted by `format`, anything else left blank. */
export function useNumberLabel(format: (value: number) => string) {
  return useMemo(() => (value: unknown) => (typeof value === 'number' ? format(value) : ''), [format]);
}

/**
 * A clickable bar shape (chart-marks.tsx): each bar filters the page by `targetOf(row)`, is
 * announced as `labelOf(row)` and pressed while its filter is on. Made again only when what it
 * draws changes: `key` names what its labels depend on, and the cross-filter's `activeKey` which
 * marks are pressed. Its clicks act on the page's latest filters whichever render made it
 * (use-cross-filter.ts).
 */
export function useMarkShape(
  cross: CrossFilterControl,
  targetOf: (row: Record<string, unknown>) => CrossTarget,
  labelOf: (row: Record<string, unknown>) => string,
  key: string,
) {
  const { activeKey } = cross;
  return useMemo(
    () => clickableBarShape({ label: labelOf, onSelect: (row) => cross.toggle(targetOf(row)), isActive: (row) => cross.isActive(targetOf(row)) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` and `activeKey` stand for what the functions read
    [key, activeKey],
  );
}
