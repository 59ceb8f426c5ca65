import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateSalesCsv } from '../../data/generate-sample';
import { ROOT, useNodeEngine } from '../support/node-engine';

const engine = useNodeEngine({ bundled: true });

describe('the bundled sample dataset', () => {
  it('is exactly what the seeded generator writes (regenerate with npm run data:generate)', () => {
    const committed = gunzipSync(readFileSync(path.join(ROOT, 'data/sample/sales.csv.gz'))).toString('utf8');
    expect(committed === generateSalesCsv()).toBe(true);
  });

  it('follows Carrefour’s published yearly totals to the cent', async () => {
    const r = await engine.query(`SELECT year(date) AS y, sum(revenue_eur)::DECIMAL(18,2)::VARCHAR AS total
      FROM ds_sample.sales WHERE retailer = 'Carrefour' GROUP BY ALL ORDER BY y`);
    expect(r.columns.total).toEqual(['850000000.00', '1200000000.00', '1300000000.00', '2300000000.00', '3300000000.00', '4200000000.00', '5300000000.00']);
  });

  it('starts each partner channel on its public launch date', async () => {
    const r = await engine.query(`SELECT platform, min(date) AS first FROM ds_sample.sales
      WHERE platform IN ('Google Shopping', 'Google Assistant', 'Amazon Prime Now') GROUP BY ALL ORDER BY platform`);
    expect(r.columns.first).toEqual(['2018-03-27', '2020-06-16', '2019-01-01']);
  });

  it('loads every generated row', async () => {
    const lines =
      gunzipSync(readFileSync(path.join(ROOT, 'data/sample/sales.csv.gz')))
        .toString('utf8')
        .trimEnd()
        .split('\n').length - 1;
    const r = await engine.query('SELECT count(*) AS n FROM ds_sample.sales');
    expect((r.columns.n as Float64Array)[0]).toBe(lines);
  });
});
