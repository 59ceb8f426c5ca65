import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile, reportJson } from '../../src/cli/ingest';
import { parseIngestArgs } from '../../src/cli/ingest-args';
import { SHARED } from '../support/node-engine';

const cents = (value: number) => Math.round(value * 100);
// Reference totals from shared/datasets/MANIFEST.md (computed with DuckDB and Python's Decimal).
const ref = (text: string) => Math.round(Number(text.replaceAll(',', '')) * 100);

describe('third-party exports through the mapping (shared/datasets)', () => {
  it('reproduces the Superstore reference totals to the cent: total, per year, per segment', async () => {
    const file = path.join(SHARED, 'datasets/superstore/Sample-Superstore.csv');
    const report = await ingestFile(parseIngestArgs([file, '--kind', 'sales', '--map', 'Segment=channel', '--map', '=retailer:Superstore']));
    expect(report.refused).toBe(false);
    expect(report.formats.date).toBe('mm/dd/yyyy');
    expect([report.rowsRead, report.rowsLoaded, report.rowsRejected]).toEqual([9994, 9994, 0]);
    const totals = report.totals!;
    expect(cents(totals.revenue)).toBe(ref('2,297,200.8603'));
    expect(Object.fromEntries(Object.entries(totals.byYear).map(([k, v]) => [k, cents(v)]))).toEqual({
      2014: ref('484,247.4981'),
      2015: ref('470,532.5090'),
      2016: ref('609,205.5980'),
      2017: ref('733,215.2552'),
    });
    expect(Object.fromEntries(Object.entries(totals.byChannel).map(([k, v]) => [k, cents(v)]))).toEqual({
      Consumer: ref('1,161,401.3450'),
      Corporate: ref('706,146.3668'),
      'Home Office': ref('429,653.1485'),
    });
  });

  it('reproduces the Walmart reference totals to the cent, reading DD-MM-YYYY dates day first', async () => {
    const file = path.join(SHARED, 'datasets/walmart_weekly/Walmart.csv');
    const report = await ingestFile(
      parseIngestArgs([
        file,
        '--kind',
        'sales',
        '--map',
        'Weekly_Sales=revenue_eur',
        '--map',
        'Store=region',
        '--map',
        '=retailer:Walmart',
        '--map',
        '=channel:store',
      ]),
    );
    expect(report.formats.date).toBe('dd-mm-yyyy');
    expect([report.rowsRead, report.rowsLoaded, report.rowsRejected]).toEqual([6435, 6435, 0]);
    const json = reportJson(report);
    expect(cents(json.totals!.revenue)).toBe(ref('6,737,218,987.11'));
    expect(Object.fromEntries(Object.entries(json.totals!.byYear).map(([k, v]) => [k, cents(v)]))).toEqual({
      2010: ref('2,288,886,120.41'),
      2011: ref('2,448,200,007.35'),
      2012: ref('2,000,132,859.35'),
    });
    expect(json.settings).toMatchObject({ encoding: 'utf-8', delimiter: ',', decimal: '.', dateFormat: 'dd-mm-yyyy' });
  });
});
