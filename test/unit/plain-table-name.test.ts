import { describe, expect, it } from 'vitest';
import { plainTableName, prepareIngest, tableNameFor } from '../../src/ingest/prepare-ingest';

const bytes = new TextEncoder().encode('a,b\n1,2\n');

describe('the name of a plain table', () => {
  it('comes from the file name, without its extension, as a plain word', () => {
    expect(tableNameFor('Ventes Été 2024.csv.gz')).toBe('ventes_ete_2024');
    expect(tableNameFor('2024.csv')).toBe('t_2024');
    expect(tableNameFor('.csv')).toBe('t_upload');
  });

  it('is made plain when the caller chooses it too: it names the file read_csv reads', async () => {
    const hostile = "x.csv', header = false); DROP TABLE y; --";
    const { report } = await prepareIngest({ fileName: 'f.csv', bytes, kind: 'table', tableName: hostile });
    expect(report.table?.name).toBe('x_csv_header_false_drop_table_y');
    expect(report.table?.name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(plainTableName('fuzz_load')).toBe('fuzz_load');
  });

  it('falls back to the file name when the chosen one is empty', async () => {
    const { report } = await prepareIngest({ fileName: 'Orders.csv', bytes, kind: 'table', tableName: '' });
    expect(report.table?.name).toBe('orders');
  });
});
