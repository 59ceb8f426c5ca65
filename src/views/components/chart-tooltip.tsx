import { createContext, useContext, useState, type ComponentProps } from 'react';
import { Tooltip } from 'recharts';

/**
 * A chart's tooltip, mounted once someone points at or focuses the chart.
 *
 * A mounted Recharts Tooltip follows the chart's data even while hidden: on every filter change
 * it works out its payload again and measures its box, which forces a layout of the page (about
 * 7 ms of script per change for the overview's charts). Nobody reads a tooltip before pointing at
 * the chart, and a tooltip mounted on the first pointer or focus shows the point under it at once
 * (the chart keeps the active point in its store whether or not a tooltip is mounted).
 */
const TooltipWanted = createContext(true);

export function ChartTooltip(props: ComponentProps<typeof Tooltip>) {
  return useContext(TooltipWanted) ? <Tooltip {...props} /> : null;
}

/**
 * The chart area of a card: its charts' tooltips mount on the first pointer, touch or focus in it.
 * Outside one (a chart drawn on its own), ChartTooltip mounts at once.
 */
export function TooltipOnDemand({ children, ...div }: ComponentProps<'div'>) {
  const [wanted, setWanted] = useState(false);
  const want = wanted ? undefined : () => setWanted(true);
  return (
    <div {...div} onPointerEnter={want} onFocus={want}>
      <TooltipWanted value={wanted}>{children}</TooltipWanted>
    </div>
  );
}
