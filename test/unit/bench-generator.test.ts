import { describe, expect, it } from 'vitest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { EXPORT_HEADER, exportLines } from '../bench/generate-sales';

const text = (rows: number, seed?: number) => `${[...exportLines(rows, seed)].join('\n')}\n`;

describe('the benchmark export generator', () => {
  it('writes the same bytes for the same seed and row count, and others for another seed', () => {
    expect(text(2_000)).toBe(text(2_000));
    expect(text(2_000, 1)).not.toBe(text(2_000));
  });

  it('writes exactly the rows asked for, in date order, after one header', () => {
    const lines = [...exportLines(5_003)];
    expect(lines[0]).toBe(EXPORT_HEADER);
    expect(lines).toHaveLength(5_004);
    const dates = lines.slice(1).map((line) => line.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
  });

  it('is an export our ingest maps on its own and loads without a reject', async () => {
    const { report } = await prepareIngest({ fileName: 'sales-bench.csv', bytes: new TextEncoder().encode(text(3_000)) });
    expect(report.kind).toBe('sales');
    expect(report.rowsLoaded).toBe(3_000);
    expect(report.rowsRejected).toBe(0);
    expect(Object.keys(report.mapping)).toEqual(
      expect.arrayContaining(['date', 'retailer', 'channel', 'platform', 'region', 'category', 'orders', 'revenue_eur', 'commission_eur']),
    );
  });
});
