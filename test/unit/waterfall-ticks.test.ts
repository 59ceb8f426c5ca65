import { describe, expect, it } from 'vitest';
import { tickLines } from '../../src/views/components/WaterfallChart';

describe('tickLines()', () => {
  it.each([
    ['Web: orders', ['Web', 'orders']],
    ['Plateformes partenaires : panier', ['Plateformes', 'partenaires', 'panier']], // French spacing before the colon
    ['Plateformes partenaires: panier', ['Plateformes', 'partenaires', 'panier']],
    ['Gross via platforms', ['Gross via', 'platforms']],
    ['Target', ['Target']],
    ['Supercalifragilistic', ['Supercalifragilistic']],
  ])('%s', (text, lines) => {
    expect(tickLines(text)).toEqual(lines);
  });
});
