import { describe, expect, it } from 'vitest';
import { autoMap, guessKind, mapChannel, parseMapArgument } from '../../src/ingest/column-mapping';

describe('column mapping', () => {
  it('maps common French and English headers, whatever their case, accents and units', () => {
    expect(autoMap('sales', ['Date', 'Enseigne', 'Canal', 'Région', 'Catégorie', 'Commandes', "Chiffre d'affaires (€)"])).toEqual({
      date: { column: 'Date' },
      retailer: { column: 'Enseigne' },
      channel: { column: 'Canal' },
      region: { column: 'Région' },
      category: { column: 'Catégorie' },
      orders: { column: 'Commandes' },
      revenue_eur: { column: "Chiffre d'affaires (€)" },
    });
    expect(autoMap('sales', ['Retailer', 'Sales Method', 'Total Sales', 'Orders', 'DATE'])).toMatchObject({
      channel: { column: 'Sales Method' },
      revenue_eur: { column: 'Total Sales' },
      date: { column: 'DATE' },
    });
  });

  it('prefers the more specific alias: CA TTC over CA when both are present', () => {
    expect(autoMap('sales', ['Date', 'CA', 'CA TTC']).revenue_eur).toEqual({ column: 'CA TTC' });
  });

  it('guesses the kind of file from its headers', () => {
    expect(guessKind(['Date', 'Canal', 'Montant'])).toBe('sales');
    expect(guessKind(['Enseigne', 'Début', 'Fin', 'Objectif'])).toBe('targets');
    expect(guessKind(['Plateforme', 'Début', 'Taux'])).toBe('fees');
    expect(guessKind(['id', 'name', 'zip'])).toBe('table');
  });

  it('maps channel values, keeping unknown ones as their own channel', () => {
    expect(mapChannel('Assistant vocal', {})).toBe('voice');
    expect(mapChannel('Online', {})).toBe('web');
    expect(mapChannel(' Google Shopping ', { 'Google Shopping': 'partner' })).toBe('partner');
    expect(mapChannel('Click & Collect', {})).toBe('Click & Collect');
  });

  it('reads --map arguments, including constants', () => {
    expect(parseMapArgument('Weekly_Sales=revenue_eur')).toEqual(['revenue_eur', { column: 'Weekly_Sales' }]);
    expect(parseMapArgument('=retailer:Carrefour=Market')).toEqual(['retailer', { constant: 'Carrefour=Market' }]);
    expect(() => parseMapArgument('nothing')).toThrow(/expected "Source Column=canonical"/);
  });
});
