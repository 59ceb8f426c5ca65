import type { CartesianGridProps } from 'recharts';

type LinesOf<Key extends keyof CartesianGridProps> = NonNullable<CartesianGridProps[Key]>;

/**
 * Grid lines in one direction only. Recharts' CartesianGrid computes the lines of both directions
 * on every render, also the ones `vertical={false}` or `horizontal={false}` will not draw, and it
 * does so by laying out that axis's ticks again: on an axis that thins its labels (time and
 * category axes), every label is measured in a hidden span, which forces a layout. Handing the
 * direction not drawn a generator that returns no lines skips that work (the overview's first
 * draw measured 83 texts instead of 171); the lines drawn are Recharts' own.
 */
const NO_LINES: LinesOf<'horizontalCoordinatesGenerator'> & LinesOf<'verticalCoordinatesGenerator'> = () => [];

/** Lines across the chart at the value axis' ticks (a vertical value axis). */
export const HORIZONTAL_LINES_ONLY = { vertical: false, verticalCoordinatesGenerator: NO_LINES } as const;

/** Lines up the chart at the value axis' ticks (a horizontal value axis, bars drawn sideways). */
export const VERTICAL_LINES_ONLY = { horizontal: false, horizontalCoordinatesGenerator: NO_LINES } as const;
