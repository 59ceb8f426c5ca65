import { Text, type LabelProps } from 'recharts';

/**
 * Why amounts are drawn without a width: Recharts hands a bar's label (and an axis's tick) the
 * room it has as a `width`, and a `Text` with a width measures each new word in a hidden element
 * to wrap it, a forced layout each. An amount is one word ("€1.05bn", "1,05 Md€": no breaking
 * space), so it never wraps and those measurements were wasted: 7 to 55 in a filter change that
 * chose a value for the first time (docs/performance.md).
 */

/** The `tick` of an axis of amounts, percentages or years: Recharts' own tick, not measured. */
export const UNMEASURED_TICK = { width: undefined };

type Anchors = Pick<Parameters<typeof Text>[0], 'textAnchor' | 'verticalAnchor'>;

/**
 * A LabelList `content` that draws a bar's value where Recharts' own label would be, for the
 * positions the charts use (`top`, `right`), by the same rules (recharts' getCartesianPosition:
 * a bar drawn downwards or leftwards has its label on the other side of its edge), unmeasured.
 */
export function ValueLabel({ viewBox, value, formatter, position, offset = 5, style, fill }: LabelProps) {
  if (!viewBox || !('width' in viewBox)) return null;
  const text = formatter ? formatter(value) : value;
  if (text === undefined || text === null || text === '') return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  let point: { x: number; y: number } & Anchors;
  if (position === 'top') {
    const down = height < 0;
    point = { x: x + width / 2, y: down ? y + offset : y - offset, textAnchor: 'middle', verticalAnchor: down ? 'start' : 'end' };
  } else {
    const leftwards = width < 0;
    point = { x: x + width + (leftwards ? -offset : offset), y: y + height / 2, textAnchor: leftwards ? 'end' : 'start', verticalAnchor: 'middle' };
  }
  return (
    <Text className="recharts-label" {...point} {...(style ? { style } : {})} {...(fill ? { fill } : {})}>
      {text as string | number}
    </Text>
  );
}
