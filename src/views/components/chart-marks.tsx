import type { KeyboardEvent } from 'react';
import { Rectangle, type BarShapeProps } from 'recharts';

/** Enter or Space on a focusable mark acts as a click, as on a button. */
export function onActivate(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}

export interface MarkOptions {
  /** What a screen reader hears for the mark with this data row. */
  label: (row: Record<string, unknown>) => string;
  onSelect: (row: Record<string, unknown>) => void;
  /** The mark stands for the page's current filter: drawn outlined, announced as pressed. */
  isActive?: (row: Record<string, unknown>) => boolean;
}

/**
 * A Bar `shape` whose every rectangle is a button: clicked, or focused and Enter/Space, it calls
 * `onSelect` with its data row. Recharts' own rectangle is drawn inside, so its classes (and the
 * look) stay. Zero-height marks (an empty bucket) are drawn but not focusable. The component is
 * the same on every render (only its options change), so a focused mark keeps the focus.
 */
export function clickableBarShape(mark: MarkOptions) {
  return (props: BarShapeProps) => <ClickableBar {...props} mark={mark} />;
}

function ClickableBar({ mark, ...props }: BarShapeProps & { mark: MarkOptions }) {
  const { label, onSelect, isActive } = mark;
  const row = (props.payload ?? {}) as Record<string, unknown>;
  const drawn = <Rectangle {...props} />;
  if (!(Math.abs(props.height) > 0 && Math.abs(props.width) > 0)) return drawn;
  const active = isActive?.(row) ?? false;
  return (
    <g
      className={`chart-mark${active ? ' chart-mark-active' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label(row)}
      aria-pressed={active}
      onClick={() => onSelect(row)}
      onKeyDown={onActivate(() => onSelect(row))}
    >
      {drawn}
    </g>
  );
}

export interface TickOptions {
  text: (value: string) => string;
  label: (value: string) => string;
  onSelect: (value: string) => void;
  isActive: (value: string) => boolean;
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: unknown };
  options: TickOptions;
}

/**
 * An x-axis tick that is a button (a period bucket): `text` is what it shows, `label` what a
 * screen reader hears, `onSelect` what a click or Enter does. Pass it as `tick={<ClickableTick options={…} />}`.
 */
export function ClickableTick({ x = 0, y = 0, payload, options }: TickProps) {
  const value = String(payload?.value ?? '');
  const active = options.isActive(value);
  return (
    <g
      transform={`translate(${x},${y})`}
      className={`chart-tick-button${active ? ' chart-mark-active' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={options.label(value)}
      aria-pressed={active}
      onClick={() => options.onSelect(value)}
      onKeyDown={onActivate(() => options.onSelect(value))}
    >
      <text dy={16} textAnchor="middle" fill="#475569" fontSize={12} fontWeight={active ? 700 : 400}>
        {options.text(value)}
      </text>
    </g>
  );
}
