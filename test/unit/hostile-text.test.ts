// Data-derived strings that reach the page, a link or a file name: each helper that turns such a
// string into something other than text (an href, a file name, a lookup key) is tested with the
// payloads the end-to-end canary test plants in real files and links.
import { describe, expect, it } from 'vitest';
import { downloadName } from '../../src/export/download-name';
import { toCsv } from '../../src/export/csv-export';
import { chosenChannel, mapChannel } from '../../src/ingest/column-mapping';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { createI18n } from '../../src/i18n/i18n-context';
import { webAddress } from '../../src/state/web-address';
import { channelColor, channelLabel } from '../../src/views/components/channel-style';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

describe('webAddress()', () => {
  it.each([
    ['https://www.carrefour.com/fr/communiques', 'https://www.carrefour.com/fr/communiques'],
    ['HTTPS://Example.com/a b', 'https://example.com/a%20b'],
    ['  http://example.com  ', 'http://example.com/'],
  ])('keeps the web address %j as %j', (text, href) => {
    expect(webAddress(text)).toBe(href);
  });

  it.each([
    'javascript:window.__canary++',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/1234',
    '//evil.example/x',
    '/relative/path',
    'https://bank.example@evil.example/',
    'https://user:secret@example.com/',
    'https://',
    'http:/example.com',
    '"><svg onload=window.__canary++>',
    '',
  ])('refuses %j', (text) => {
    expect(webAddress(text)).toBeNull();
  });
});

describe('downloadName()', () => {
  it.each([
    ['cible-channel-mix.csv', 'cible-channel-mix.csv'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..\\..\\boot.ini', '_.._boot.ini'],
    ['<img src=x onerror="window.__canary++">.csv.rejects.csv', '_img src=x onerror=_window.__canary++__.csv.rejects.csv'],
    ['ventes\u202egpj.exe', 'ventesgpj.exe'],
    ['a\u0000b\nc\td.csv', 'a_b_c_d.csv'],
    ['.hidden', 'hidden'],
    ['   ', 'cible-export'],
    ['///', '___'],
  ])('cleans %j to %j', (name, cleaned) => {
    expect(downloadName(name)).toBe(cleaned);
  });

  it('caps the length and keeps the extension', () => {
    const name = downloadName(`${'x'.repeat(500)}.rejects.csv`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.csv')).toBe(true);
  });
});

describe('channel values that are Object.prototype member names', () => {
  const i18n = createI18n('en');

  it.each(PROTOTYPE_NAMES)('%s is an uploaded channel like any other (label, colour, mapping)', (name) => {
    expect(channelLabel(name, i18n)).toBe(name);
    expect(channelColor(name, 0)).toMatch(/^#[0-9a-f]{6}$/);
    expect(mapChannel(name, {})).toBe(name);
    expect(chosenChannel({}, name)).toBeUndefined();
    expect(mapChannel(name, Object.fromEntries([[name, 'web']]))).toBe('web');
  });

  it('known channels are still translated', () => {
    expect(channelLabel('web', i18n)).toBe('Web');
    expect(channelLabel('total', createI18n('fr'))).not.toBe('total');
  });

  // Regression: `mapChannel('constructor', {})` returned Object itself, and the canonical CSV
  // writer threw "v.text.replaceAll is not a function": one hostile cell crashed the whole ingest.
  it('a sales file whose channel column says "constructor" or "__proto__" loads', async () => {
    const text = `Date,Canal,CA\n${PROTOTYPE_NAMES.map((name, i) => `2022-01-0${i + 1},${name},10`).join('\n')}\n`;
    const { report, csv } = await prepareIngest({ fileName: 'proto.csv', bytes: new TextEncoder().encode(text), kind: 'sales' });
    expect([report.refused, report.rowsRead, report.rowsLoaded]).toEqual([false, PROTOTYPE_NAMES.length, PROTOTYPE_NAMES.length]);
    for (const name of PROTOTYPE_NAMES) expect(csv).toContain(`"${name}"`);
  });
});

describe('i18n messages with hostile values', () => {
  it('puts values in as text, `$` replacement patterns included', () => {
    const t = createI18n('en').t;
    for (const value of ["$'", '$&', '$`', '$1', '{name}', '<script>window.__canary++</script>']) {
      expect(t('data.deleteConfirm', { name: value })).toContain(value);
    }
  });
});

describe('CSV export of hostile text', () => {
  it('keeps markup as inert text and neutralises formulas, quotes and line breaks', () => {
    const csv = toCsv(
      ['<b>name</b>', 'value'],
      [
        ['=HYPERLINK("http://evil.example")', 1],
        ['"><svg onload=window.__canary++>', 2],
        ['a\n@SUM(1)', 3],
      ],
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('<b>name</b>,value');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"")",1`);
    expect(lines[2]).toBe('"""><svg onload=window.__canary++>",2');
    expect(lines[3]).toBe(`"a\n'@SUM(1)",3`);
  });
});
