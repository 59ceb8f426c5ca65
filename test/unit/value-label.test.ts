import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Label } from 'recharts';
import { describe, expect, it } from 'vitest';
import { ValueLabel } from '../../src/views/components/value-label';

// The charts' value labels skip Recharts' word measurement (views/components/value-label.tsx):
// they must still stand exactly where Recharts' own label would, and read the same.
function drawn(element: ReturnType<typeof createElement>) {
  const svg = renderToStaticMarkup(createElement('svg', null, element));
  const text = /<text ([^>]*)>(.*?)<\/text>/.exec(svg);
  expect(text, svg).not.toBeNull();
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(text![1]!)?.[1];
  return {
    x: attribute('x'),
    y: attribute('y'),
    anchor: attribute('text-anchor'),
    content: text![2]!.replace(/<[^>]+>/g, ''),
    tspan: /<tspan[^>]*>/.exec(text![2]!)?.[0],
  };
}

const euro = (value: unknown) => (typeof value === 'number' ? `€${(value / 1e6).toFixed(1)}m` : '');

describe('value labels drawn without measuring', () => {
  const bars = [
    { x: 100, y: 40, width: 30, height: 120 },
    { x: 100, y: 160, width: 30, height: -50 }, // a fall in a waterfall: drawn downwards
    { x: 10, y: 20, width: 240, height: 24 },
    { x: 300, y: 20, width: -80, height: 24 }, // a negative amount in a horizontal bar
  ];
  for (const position of ['top', 'right'] as const) {
    for (const viewBox of bars) {
      it(`stand where Recharts puts its own label: ${position} of ${JSON.stringify(viewBox)}`, () => {
        const props = { viewBox, position, value: 12_345_678, formatter: euro, style: { fontSize: 12 } };
        const ours = drawn(createElement(ValueLabel, props));
        const recharts = drawn(createElement(Label, props));
        expect(ours).toEqual(recharts);
        expect(ours.content).toBe('€12.3m');
      });
    }
  }

  it('draw nothing for a value the formatter leaves blank (Recharts draws an empty text)', () => {
    const props = { viewBox: bars[0]!, position: 'top' as const, value: 'n/a', formatter: euro };
    expect(renderToStaticMarkup(createElement('svg', null, createElement(ValueLabel, props)))).toBe('<svg></svg>');
  });
});
