import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEmbedded, embeddedDatasetId, encodeEmbedded, MAX_EMBEDDED_CHARS } from '../../src/state/embedded-data';
import { englishText } from '../../src/i18n/message';

const deflateRaw = async (bytes: Uint8Array) =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('data embedded in a share link', () => {
  it('round-trips any dataset', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ name: fc.string({ maxLength: 40 }), files: fc.dictionary(fc.constantFrom('sales', 'targets'), fc.string({ maxLength: 300 })) }),
        async (dataset) => {
          const decoded = await decodeEmbedded(await encodeEmbedded(dataset));
          expect(decoded).toEqual({ ok: true, value: dataset });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a decompression bomb without inflating it all', async () => {
    const bomb = await deflateRaw(new Uint8Array(20_000_000).fill(32));
    const text = `v1.${b64url(bomb)}`;
    expect(text.length).toBeLessThan(MAX_EMBEDDED_CHARS);
    const result = await decodeEmbedded(text);
    expect(result.ok ? result : englishText(result.reason)).toBe('the data in this link unpacks to more than 2 MB');
  });

  it('refuses oversized, truncated, foreign or hostile payloads with a reason, never throwing', async () => {
    const good = await encodeEmbedded({ name: 'x', files: { sales: 'date\n2022-01-01\n' } });
    for (const text of [
      'x'.repeat(MAX_EMBEDDED_CHARS + 1),
      good.slice(0, -5),
      'v2.abc',
      'v1.<script>',
      'v1.',
      '',
      `v1.${b64url(await deflateRaw(new TextEncoder().encode('{"name":1}')))}`,
    ]) {
      const result = await decodeEmbedded(text);
      expect(result.ok, text.slice(0, 20)).toBe(false);
    }
  });

  it('names a payload by its content', () => {
    expect(embeddedDatasetId('v1.abc')).toMatch(/^x_[0-9a-f]{12}$/);
    expect(embeddedDatasetId('v1.abc')).toBe(embeddedDatasetId('v1.abc'));
    expect(embeddedDatasetId('v1.abd')).not.toBe(embeddedDatasetId('v1.abc'));
  });
});
