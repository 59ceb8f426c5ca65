import { describe, expect, it } from 'vitest';
import { bundledLabelFr, hasBundledLabelFr } from '../../src/i18n/bundled-labels-fr';
import { createI18n } from '../../src/i18n/i18n-context';
import { BUNDLED_DATASET_IDS } from '../../src/model/dataset';
import { sql } from '../../src/engine/sql';
import { tableRef } from '../../src/queries/table-ref';
import { useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });

/**
 * Every text of a bundled dataset the page shows as it came: labels of targets, events and fee
 * schedules, what the revenue measures, and sources that are not web addresses (a retailer's own
 * name as a source needs no translation). Read from the tables as the app loads them.
 */
async function shownTexts(dataset: string): Promise<string[]> {
  const t = (table: 'sales' | 'targets' | 'platform_fees' | 'events') => tableRef(dataset, table);
  const result = await engine.query(
    sql`SELECT DISTINCT text FROM (
    SELECT label AS text FROM ${t('targets')} UNION ALL SELECT metric FROM ${t('targets')} UNION ALL SELECT source FROM ${t('targets')}
    UNION ALL SELECT label FROM ${t('events')}
    UNION ALL SELECT label FROM ${t('platform_fees')} UNION ALL SELECT source FROM ${t('platform_fees')}
    UNION ALL SELECT metric FROM ${t('sales')} UNION ALL SELECT source FROM ${t('sales')}
  ) WHERE text IS NOT NULL AND NOT regexp_matches(text, '^https?://')
    AND text NOT IN (SELECT retailer FROM ${t('sales')})
  ORDER BY text`.text,
  );
  return result.columns.text as string[];
}

/** The numbers of a text, decimals written with a comma as in French ("4.2" → "4,2"). */
const numbersOf = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => n.replace('.', ','));

describe('French for the bundled datasets’ own text', () => {
  it.each(BUNDLED_DATASET_IDS)('every label, metric and text source of “%s” has its French, with the same figures', async (dataset) => {
    const texts = await shownTexts(dataset);
    expect(texts.length).toBeGreaterThan(10);
    expect(
      texts.filter((text) => !hasBundledLabelFr(text)),
      'texts without a French translation',
    ).toEqual([]);
    for (const text of texts) {
      const french = bundledLabelFr(text);
      expect(french, text).not.toBe(text);
      // Amounts, years and rates survive the translation: €4.2bn is 4,2 Md€, 8% is 8 %.
      for (const n of numbersOf(text)) expect(french, `${text} → ${french}`).toContain(n);
    }
  });

  it('the French page reads the goal chart’s footer and the metric-break event in French; the English page as written', async () => {
    const fr = createI18n('fr');
    expect(fr.dataText('Restated: €4.2bn of food e-commerce revenue in 2022')).toBe(
      'Objectif révisé : 4,2 Md€ de chiffre d’affaires e-commerce alimentaire en 2022',
    );
    expect(fr.dataText('Metric change: food e-commerce sales (to 2020) → e-commerce GMV (from 2022); 2021 value not published')).toMatch(
      /^Changement d’indicateur : ventes e-commerce alimentaire \(jusqu’en 2020\) → GMV e-commerce/,
    );
    expect(createI18n('en').dataText('Restated: €4.2bn of food e-commerce revenue in 2022')).toBe('Restated: €4.2bn of food e-commerce revenue in 2022');
  });
});
