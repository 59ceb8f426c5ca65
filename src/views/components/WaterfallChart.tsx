import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from './chart-grid';
import { SeriesInTurn } from './draw-in-turn';
import { UNMEASURED_TICK, ValueLabel } from './value-label';
import { ChartTooltip } from './chart-tooltip';
import { waterfallBars, waterfallDomain, type WaterfallStep } from '../../analytics/waterfall';
import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable';
import { useI18n } from '../../i18n/i18n-context';
import { useAxisTitle } from './use-chart-props';
import { seriesId } from './series-id';

const COLORS = { total: '#475569', up: '#16a34a', down: '#dc2626' };
const MARGIN = { top: 24, right: 16, bottom: 8, left: 16 };
const STEP_LABEL_STYLE = { fill: '#0f172a', fontSize: 11 };

interface WaterfallChartProps {
  steps: readonly WaterfallStep[];
  /** Colour of a step, when it should not follow total / rise / fall. */
  colorOf?: (step: WaterfallStep) => string | undefined;
  axisLabel: string;
  height?: number;
  /** Shown as the accessible name of the chart's image. */
  label: string;
  /** Names this chart among the page's waterfalls, for its series' id (series-id.ts). */
  chartId: string;
}

/** Splits text at the space nearest its middle when it is longer than `width` characters. */
function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const middle = Math.floor(text.length / 2);
  const before = text.lastIndexOf(' ', middle);
  const after = text.indexOf(' ', middle);
  const space = before < 0 ? after : after < 0 ? before : middle - before <= after - middle ? before : after;
  return space > 0 ? [text.slice(0, space), text.slice(space + 1)] : [text];
}

/**
 * Axis labels on up to three short lines, so ten bars fit side by side: "Channel: driver" breaks
 * at the colon (the driver on its own line), and a long name at a space.
 */
export function tickLines(text: string, width = 14): string[] {
  const cut = text.lastIndexOf(': ');
  if (cut > 0) return [...wrap(text.slice(0, cut).trimEnd(), width), text.slice(cut + 2)];
  return wrap(text, width);
}

function TwoLineTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: string } }) {
  const lines = tickLines(String(payload?.value ?? ''));
  return (
    <text x={x} y={(y ?? 0) + 12} textAnchor="middle" fill="#475569" fontSize={11}>
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const TWO_LINE_TICK = <TwoLineTick />;

/**
 * A waterfall (bridge): totals stand on zero, each change floats from the running total. Bars are
 * drawn as [low, high] ranges computed by `waterfallBars`, labelled with their signed value.
 */
export function WaterfallChart({ steps, colorOf, axisLabel, height = 300, label, chartId }: WaterfallChartProps) {
  const i18n = useI18n();
  const bars = waterfallBars(steps).map((bar) => ({
    ...bar,
    range: [bar.low, bar.high],
    text: bar.kind === 'total' ? i18n.euro(bar.value) : `${bar.value >= 0 ? '+' : '−'}${i18n.euro(Math.abs(bar.value))}`,
  }));
  const [min] = waterfallDomain(bars);
  const color = (bar: (typeof bars)[number]) => colorOf?.(bar) ?? (bar.kind === 'total' ? COLORS.total : bar.value >= 0 ? COLORS.up : COLORS.down);
  // Recharts' props keep their identity while their content is the same (use-chart-props.ts).
  const domain = useStableValue<[number, 'auto']>([min, 'auto']);
  const title = useAxisTitle(axisLabel);
  const tooltipValue = useMemo(
    () => (_value: unknown, _name: unknown, item: { payload?: unknown }) => {
      const bar = item.payload as (typeof bars)[number];
      return [bar.text, bar.kind === 'total' ? bar.label : `${i18n.euro(bar.start)} → ${i18n.euro(bar.end)}`];
    },
    [i18n],
  );
  const colors = useStableValue(bars.map((bar) => [bar.key, color(bar)]));
  // A Bar's children are among its props: made anew, they would register the bar again.
  const barMarks = useMemo(
    () => (
      <>
        {colors.map(([key, fill]) => (
          <Cell key={key} fill={fill} />
        ))}
        <LabelList dataKey="text" position="top" style={STEP_LABEL_STYLE} content={ValueLabel} />
      </>
    ),
    [colors],
  );
  return (
    // Focusable: on a phone the bridge scrolls sideways inside its card (small-screens.css).
    <div className="waterfall-chart" role="img" aria-label={label} tabIndex={0}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} margin={MARGIN}>
          <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
          <XAxis dataKey="label" interval={0} tick={TWO_LINE_TICK} height={52} />
          <YAxis domain={domain} interval={0} tickFormatter={i18n.euro} tick={UNMEASURED_TICK} width={80} label={title} />
          <ChartTooltip formatter={tooltipValue} />
          <SeriesInTurn>
            {min < 0 ? <ReferenceLine y={0} stroke="#94a3b8" /> : null}
            <Bar id={seriesId(chartId, 'range')} dataKey="range" isAnimationActive={false}>
              {barMarks}
            </Bar>
          </SeriesInTurn>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
