import { describe, expect, it } from 'vitest';
import { bundledLabelFr } from '../../src/i18n/bundled-labels-fr';

describe('bundledLabelFr()', () => {
  it('translates a bundled label word for word', () => {
    expect(bundledLabelFr('Carrefour × Google partnership announced')).toBe('Annonce du partenariat Carrefour × Google');
    expect(bundledLabelFr('e-commerce GMV')).toBe('GMV e-commerce');
  });

  it('translates each goal of a scope of several retailers, joined as the KPI query joins them', () => {
    expect(
      bundledLabelFr('Restated: €4.2bn of food e-commerce revenue in 2022 · Illustrative goal: €250m of Monoprix e-commerce in 2022 (no public target exists)'),
    ).toBe(
      'Objectif révisé : 4,2 Md€ de chiffre d’affaires e-commerce alimentaire en 2022 · Objectif illustratif : 250 M€ de chiffre d’affaires e-commerce Monoprix en 2022 (aucun objectif public n’existe)',
    );
    expect(bundledLabelFr('Our own goal · e-commerce GMV')).toBe('Our own goal · GMV e-commerce');
  });

  it.each([
    ['an uploaded label', 'Objectif interne 2024'],
    ['a near miss (case)', 'E-commerce GMV'],
    ['an object key', 'constructor'],
    ['a prototype key', '__proto__'],
    ['an empty text', ''],
  ])('leaves %s as written', (_why, text) => {
    expect(bundledLabelFr(text)).toBe(text);
  });
});
