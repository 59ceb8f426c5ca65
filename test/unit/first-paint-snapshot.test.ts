import { describe, expect, it } from 'vitest';
import type { ColumnarResult } from '../../src/engine/engine';
import {
  decodeResult,
  encodeResult,
  parseSnapshot,
  snapshotKey,
  snapshotScriptTag,
  SNAPSHOT_ELEMENT_ID,
  type FirstPaintSnapshot,
} from '../../src/state/first-paint-snapshot';

const result: ColumnarResult = {
  names: ['bucket', 'revenue', 'flag'],
  numRows: 3,
  columns: {
    bucket: ['2022-01-01', null, '2022-03-01'],
    revenue: Float64Array.from([1.5, Number.NaN, -2e9]),
    flag: [null, true, false],
  },
};

describe('the first-paint snapshot codec', () => {
  it('decodes what it encodes: numbers (NaN for NULL), text with nulls, booleans', () => {
    const back = decodeResult(JSON.parse(JSON.stringify(encodeResult(result))));
    expect(back.names).toEqual(result.names);
    expect(back.numRows).toBe(3);
    expect(back.columns.bucket).toEqual(['2022-01-01', null, '2022-03-01']);
    expect(back.columns.revenue).toBeInstanceOf(Float64Array);
    expect(Array.from(back.columns.revenue as Float64Array)).toEqual([1.5, Number.NaN, -2e9]);
    expect(back.columns.flag).toEqual([null, true, false]);
  });

  it('keys a result by dataset, SQL and parameters, as the query hook does', () => {
    expect(snapshotKey('sample', 'SELECT ?', ['a'])).toBe(JSON.stringify(['sample', 'SELECT ?', ['a']]));
    expect(snapshotKey('sample', 'SELECT ?', ['a'])).not.toBe(snapshotKey('public', 'SELECT ?', ['a']));
  });

  it('embeds as a script element no value can close early, and reads back', () => {
    const snapshot: FirstPaintSnapshot = {
      version: 1,
      builtAt: '2026-01-01T00:00:00Z',
      engine: 'test',
      results: { k: encodeResult({ names: ['t'], numRows: 1, columns: { t: ['</script><script>alert(1)</script>'] } }) },
    };
    const tag = snapshotScriptTag(snapshot);
    expect(tag.startsWith(`<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">`)).toBe(true);
    expect(tag.slice(0, -'</script>'.length)).not.toContain('</script>');
    const json = tag.slice(tag.indexOf('>') + 1, -'</script>'.length);
    expect(parseSnapshot(json)).toEqual(snapshot);
  });

  it.each([[null], [''], ['not json'], ['{"version":2,"results":{}}'], ['{"version":1}']])('treats %j as no snapshot', (text) => {
    expect(parseSnapshot(text)).toBeNull();
  });
});
