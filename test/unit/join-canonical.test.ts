import { describe, expect, it } from 'vitest';
import { joinCanonicalBytes, joinCanonicalCsv } from '../../src/ingest/append-canonical';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('joinCanonicalBytes()', () => {
  it('hands back a single part of bytes as it is, without a copy', () => {
    const only = encode('date,revenue_eur\n2022-01-01,1\n');
    expect(joinCanonicalBytes([only])).toBe(only);
  });

  it.each([[['a,b\n1,2\n', 'a,b\n3,4\n']], [['a,b\n1,2', 'a,b\n3,4\n', 'a,b\n']], [['a,b\n', 'a,b\n5,6\n']]])(
    'joins %j as joinCanonicalCsv does, from bytes or text alike',
    (texts) => {
      const expected = joinCanonicalCsv(texts);
      expect(decode(joinCanonicalBytes(texts.map(encode)))).toBe(expected);
      expect(decode(joinCanonicalBytes(texts))).toBe(expected);
    },
  );
});
