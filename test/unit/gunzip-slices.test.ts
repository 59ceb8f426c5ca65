import { gzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { gunzipInSlices } from '../../src/ingest/file-bytes';

describe('gunzipInSlices', () => {
  test('inflates what gzip packed, whatever the slice size', async () => {
    const plain = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const packed = new Uint8Array(gzipSync(plain));
    for (const slice of [1000, 4096, 128 * 1024, packed.length + 1]) {
      expect(await gunzipInSlices(packed, slice)).toEqual(plain);
    }
  });

  test('a damaged file rejects', async () => {
    const packed = new Uint8Array(gzipSync(new Uint8Array(50_000).fill(7)));
    await expect(gunzipInSlices(packed.slice(0, packed.length - 20), 1024)).rejects.toThrow();
  });
});
