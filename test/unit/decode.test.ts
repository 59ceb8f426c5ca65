import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/ingest/decode';
import { SHARED_DIR } from '../support/shared-dir';

const corpus = (file: string) => new Uint8Array(readFileSync(path.join(SHARED_DIR, 'csv-corpus', file)));

describe('decodeText()', () => {
  it('reads a Latin-1 French file (charlesnepote) with its accents intact', () => {
    const { text, encoding } = decodeText(corpus('charlesnepote/CSV-basic-ISO-8859-1.LF.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Hélène');
    expect(text).toContain('Mahé');
  });

  it.each(['csvkit/test_utf16_little.csv', 'csvkit/test_utf16_big.csv'])('reads UTF-16 with BOM (%s)', (file) => {
    const { text } = decodeText(corpus(file));
    expect(text.trim().split(/\r?\n/)).toEqual(['a,b,c', '1,2,3', '4,5,ʤ']);
  });

  it('strips a UTF-8 BOM so the first header is clean', () => {
    const { text, encoding } = decodeText(corpus('csvkit/test_utf8_bom.csv'));
    expect(encoding).toBe('utf-8-bom');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('keeps Windows-1252 specials: € (0x80), ’ (0x92), œ (0x9c)', () => {
    const bytes = new Uint8Array([0x43, 0x41, 0x3b, 0x80, 0x3b, 0x92, 0x3b, 0x9c, 0x0a]);
    expect(detectEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe('CA;€;’;œ\n');
  });

  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Région;Catégorie\nÎle-de-France;Épicerie\n'))).toEqual({
      text: 'Région;Catégorie\nÎle-de-France;Épicerie\n',
      encoding: 'utf-8',
    });
  });
});
