// Every message the ingest, the stores and the engine report is a code with values, rendered
// through the message tables. Here each code is triggered (for real where Node can reach it),
// and its French must be a French sentence: present, different from the English, and holding
// none of the English sentence's own words.
import { describe, expect, it } from 'vitest';
import { numberColumn, textColumn, type ColumnarResult } from '../../src/engine/engine';
import { readEmbeddedDataset, storedCanonicalFiles } from '../../src/session/stored-datasets';
import { createI18n } from '../../src/i18n/i18n-context';
import { englishText, errorMessage, isMessage, message, orList, renderMessage, type Message, type MessageValue } from '../../src/i18n/message';
import { engineEn } from '../../src/i18n/messages-engine-en';
import { en, type MessageKey } from '../../src/i18n/messages-en';
import { fr } from '../../src/i18n/messages-fr';
import { ingestEn } from '../../src/i18n/messages-ingest-en';
import { storageEn } from '../../src/i18n/messages-storage-en';
import { parseDate } from '../../src/ingest/dates';
import { plainCsvBytes } from '../../src/ingest/file-bytes';
import { massRejection, notLoaded, targetConflict } from '../../src/ingest/load-guards';
import { loadPlainTable } from '../../src/ingest/load-ingest';
import { parseNumber } from '../../src/ingest/numbers';
import { prepareIngest, type IngestRequest } from '../../src/ingest/prepare-ingest';
import { noneLoadedReason } from '../../src/ingest/prepare-steps';
import { decodeEmbedded, embeddedDatasetId } from '../../src/state/embedded-data';
import { createOpfsStore } from '../../src/storage/opfs-store';
import { checkId, nextMeta, prepare } from '../../src/storage/stored-dataset';
import { createIndexedDbStore } from '../../src/storage/upload-store';
import type { Engine } from '../../src/engine/engine';

const encode = (text: string) => new TextEncoder().encode(text);
const prepared = async (fileName: string, bytes: Uint8Array | string, extra: Partial<IngestRequest> = {}) =>
  (await prepareIngest({ fileName, bytes: typeof bytes === 'string' ? encode(bytes) : bytes, ...extra })).report;
/** Everything a report says: its refusal, its rejects' reasons, its warnings. */
const said = (r: Awaited<ReturnType<typeof prepared>>): MessageValue[] =>
  [r.reason, ...r.rejects.map((x) => x.reason), ...r.warnings].filter((m) => m !== null);
/** The message an error carries (the call must fail). */
async function thrown(run: () => unknown): Promise<MessageValue> {
  try {
    await run();
  } catch (error) {
    return errorMessage(error);
  }
  throw new Error('expected an error');
}
const refused = <T>(result: { ok: true; value: T } | { ok: false; reason: Message }) => (result.ok ? null : result.reason);
const meta = { id: 'u_1', name: 'x', createdAt: '2024-01-01', updatedAt: '2024-01-01', hashes: [], details: null };
const FR_NUMBERS = { decimal: ',', thousands: ' ' } as const;
const US_NUMBERS = { decimal: '.', thousands: ',' } as const;

/** What each scenario reports; raised only in a browser (or a CLI run) when built by hand. */
const SCENARIOS: [string, () => Promise<MessageValue[]> | MessageValue[]][] = [
  [
    'rows rejected for their values',
    async () =>
      said(
        await prepared(
          'ventes.csv',
          'Date;Canal;CA;Commandes;Enseigne\n31/02/2022;web;10;1;C\n01/03/2022;web;n/d;1;C\n02/03/2022;web;5;1,5;C\n03/03/2022;web;5;1;\n04/03/2022;web;1;1;C\n05/03/2022;web;1;1;C\n06/03/2022;web;1;1;C\n',
          { kind: 'sales' },
        ),
      ),
  ],
  [
    'number and date parsing',
    () =>
      [
        refused(parseNumber('', FR_NUMBERS)),
        refused(parseNumber('1.2.3', US_NUMBERS)),
        refused(parseNumber('1,23,4.5', US_NUMBERS)),
        refused(parseNumber('1.5', FR_NUMBERS)),
        refused(parseNumber('1,5', { decimal: '.', thousands: '' })),
        refused(parseDate('mardi', 'dd/mm/yyyy')),
      ].filter((m) => m !== null),
  ],
  ['a date column no format reads', async () => said(await prepared('d.csv', 'Date,CA\nhier,1\ndemain,2\n', { kind: 'sales' }))],
  ['wrong field counts', async () => said(await prepared('r.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n', { kind: 'table' }))],
  ['broken quotes', async () => said(await prepared('q.csv', 'a,b\n"x"y,1\n2,3\n', { kind: 'table' }))],
  ['an unterminated quote on a re-read line', () => [message('ingest.reject.quoteUnterminated')]],
  ['a quote never closed', async () => said(await prepared('q.csv', 'a,b\n1,2\n3,"oops\n4,5\n'))],
  ['a line of invalid UTF-8', async () => said(await prepared('u.csv', new Uint8Array([...encode('a,b\nété,1\ncafé,2\n'), 0xff, 0x2c, 0x33, 0x0a])))],
  ['a record too long', async () => said(await prepared('l.csv', `a,b\n${'x'.repeat(1_000_001)},1\n2,3\n`, { kind: 'table' }))],
  ['an unknown encoding', async () => said(await prepared('e.csv', new Uint8Array([...encode('a,b\n'), 0x81, 0x8d, 0x2c, 0x31, 0x0a])))],
  ['a binary file', async () => said(await prepared('b.csv', new Uint8Array(200).fill(0)))],
  [
    'files without data rows',
    async () => [
      ...said(await prepared('h.csv', 'Date;CA TTC\n')),
      ...said(await prepared('h.csv', 'Date;CA TTC\n\n\n')),
      ...said(await prepared('n.csv', '# rien\n', { settings: { header: false, comment: '#' } })),
      ...said(await prepared('n.csv', '\n\n\n', { settings: { header: false } })),
    ],
  ],
  [
    'columns missing or unknown',
    async () => [
      ...said(
        await prepared('s.csv', 'Jour,Montant\n2022-01-01,10\n', {
          kind: 'sales',
          profile: { mapping: { date: { column: 'Jour' }, revenue_eur: { column: 'Nope' } } },
        }),
      ),
      ...said(await prepared('s.csv', 'Jour,Foo\n2022-01-01,x\n', { kind: 'sales' })),
    ],
  ],
  [
    'no row loaded',
    () => [
      noneLoadedReason('f.csv', 0, undefined),
      noneLoadedReason('f.csv', 1, undefined),
      noneLoadedReason('f.csv', 1, { line: 3, column: '', value: '1', reason: message('ingest.reject.fieldCount', { expected: 2, found: 1 }) }),
      noneLoadedReason('f.csv', 2, { line: 3, column: '', value: '1', reason: message('ingest.reject.fieldCount', { expected: 2, found: 1 }) }),
    ],
  ],
  [
    'compressed, archived or UTF-32 files',
    async () =>
      (
        await Promise.all(
          [[], [0x1f, 0x8b, 1, 2, 3], [0x28, 0xb5, 0x2f, 0xfd, 0], [0x50, 0x4b, 0x03, 0x04, 0], [0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]].map((b) =>
            plainCsvBytes(new Uint8Array(b), 'f.csv'),
          ),
        )
      )
        .map(refused)
        .filter((m) => m !== null),
  ],
  [
    'files too large (built by hand: 200 MB)',
    () => [
      message('ingest.refuse.tooLarge', { file: 'f.csv', size: 250, limit: 200 }),
      message('ingest.refuse.unpacksTooLarge', { file: 'f.csv.gz', limit: 200 }),
    ],
  ],
  [
    'dates that read two ways',
    async () => [
      message('ingest.warn.ambiguousDates', { column: 'Jour', formats: orList(['dd/mm/yyyy', 'mm/dd/yyyy']) }),
      message('ingest.refuse.ambiguousDates', { file: 'd.csv', column: 'Date', formats: 'dd/mm/yyyy', first: 'dd/mm/yyyy' }),
      message('ingest.remote.ambiguousDates', { file: 'd.csv', column: 'Date', formats: 'dd/mm/yyyy' }),
    ],
  ],
  [
    'defaults assumed and a single record',
    async () => [
      ...said(await prepared('ventes.csv', 'Date,CA\n2022-01-01,1\n', { kind: 'sales' })),
      ...said(await prepared('one.csv', 'a,b\n', { kind: 'table' })),
    ],
  ],
  [
    'guards before a load',
    async () => {
      const us = await prepared('us.csv', `Date,Channel,Sales\n${Array.from({ length: 20 }, (_, i) => `${(i % 12) + 1}/${i + 10}/2022,web,10`).join('\n')}\n`, {
        kind: 'sales',
        formats: { date: 'dd/mm/yyyy' },
      });
      const existing = { name: 'Walmart', hashes: ['aa'] };
      return [
        massRejection(us)!,
        massRejection({ ...us, rejects: [] })!,
        targetConflict('new', existing, ['aa'], ['w.csv'])!,
        targetConflict('append', existing, ['aa'], ['w.csv'])!,
        notLoaded([{ ...us, refused: false }], { ...us, file: 'bad.csv' })[0]!.reason!,
        message('ingest.guard.openQuestion', { file: 'd.csv' }),
        message('ingest.guard.changedElsewhere', { dataset: 'Walmart' }),
      ];
    },
  ],
  [
    'loading',
    async () => [
      await thrown(() => loadPlainTable({} as Engine, { report: { refused: true, file: 'x.csv' }, table: null } as never)),
      message('ingest.load.countMismatch', { loaded: 9, table: 'sales', accepted: 10 }),
    ],
  ],
  [
    'workers and web addresses (browser only)',
    () => [
      message('ingest.worker.stopped'),
      message('ingest.worker.hashStopped'),
      message('ingest.remote.unreachable', { url: 'https://h/x.csv' }),
      message('ingest.remote.status', { url: 'https://h/x.csv', status: 404, statusText: 'Not Found' }),
      message('ingest.remote.notParquet', { file: 'x.parquet', detail: 'bad footer' }),
      message('ingest.remote.tooManyRows', { rows: '5,000,001', limit: '5,000,000' }),
      message('ingest.remote.unreadable', { file: 'x.csv' }),
    ],
  ],
  [
    'stores',
    async () => [
      await thrown(() => checkId('Nope')),
      await thrown(() => prepare({ meta, files: [{ name: 'meta.json', bytes: new Uint8Array() }] })),
      await thrown(() =>
        prepare({
          meta,
          files: [
            { name: 'a.csv', bytes: new Uint8Array() },
            { name: 'A.csv', bytes: new Uint8Array() },
          ],
        }),
      ),
      await thrown(() => nextMeta(meta, { ...meta, revision: 2 }, { expectedRevision: 1 })),
      await thrown(() => nextMeta(meta, null, { expectedRevision: 1 })),
      await thrown(() => nextMeta(meta, { ...meta, revision: 2 }, { expectedRevision: null })),
      await thrown(() => createOpfsStore()),
      await thrown(() => createIndexedDbStore(undefined)),
      message('storage.noCrypto'),
      message('storage.indexedDbFailed'),
    ],
  ],
  [
    'datasets and link data',
    async () => [
      await thrown(() => storedCanonicalFiles('u_1', null)),
      await thrown(() => storedCanonicalFiles('u_1', { meta, files: [] })),
      await thrown(() => readEmbeddedDataset('x_1', null)),
      await thrown(() => readEmbeddedDataset(embeddedDatasetId('v2.abc'), 'v2.abc')),
      ...(await Promise.all(['x'.repeat(40_000), 'v2.abc', 'v1.AAAA', 'v1.q1YqzkvMTVWyUlBKLElVqgUA'].map(decodeEmbedded)))
        .map((r) => (r.ok ? null : r.reason))
        .filter((m) => m !== null),
      message('link.data.tooLarge', { limit: 2 }),
      message('link.data.incomplete'),
      message('dataset.unknown', { dataset: 'u_9' }),
      message('dataset.downloadFailed', { url: '/data/sales.csv', status: 404 }),
      message('link.dataAddressMissing'),
    ],
  ],
  [
    'the engine',
    async () => {
      const result = { names: ['a', 'b'], columns: { a: ['x'], b: new Float64Array(1) } } as unknown as ColumnarResult;
      return [
        await thrown(() => numberColumn(result, 'a')),
        await thrown(() => textColumn(result, 'b')),
        message('engine.cancelled'),
        message('restart.gaveUp', { count: 4, reason: 'worker closed' }),
      ];
    },
  ],
];

/** The codes reported by the ingest, the stores and the engine: every one must be triggered above. */
const REPORTED = [
  ...Object.keys(ingestEn),
  ...Object.keys(storageEn),
  ...Object.keys(engineEn).filter((k) => !['restart.restarting', 'restart.restarted', 'restart.dismiss'].includes(k)),
] as MessageKey[];

function codesIn(value: MessageValue, into: Set<string> = new Set()): Set<string> {
  if (!isMessage(value)) return into;
  into.add(value.code);
  for (const inner of Object.values(value.values)) codesIn(inner, into);
  return into;
}

/** Runs of three or more words of the English template (between its `{placeholders}`). */
function englishRuns(code: MessageKey): string[] {
  return en[code]
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= 3);
}

describe('message codes of the ingest, the stores and the engine', () => {
  const reported: { scenario: string; message: MessageValue }[] = [];

  it.each(SCENARIOS)('%s report codes, each in French without English', async (scenario, run) => {
    const messages = await run();
    expect(messages.length, scenario).toBeGreaterThan(0);
    for (const m of messages) {
      expect(isMessage(m), `${scenario}: ${String(m)}`).toBe(true);
      const french = renderMessage(fr, m);
      expect(french.length).toBeGreaterThan(0);
      expect(french, englishText(m)).not.toBe(englishText(m));
      for (const inner of codesIn(m)) for (const run of englishRuns(inner as MessageKey)) expect(french, `${inner} in French`).not.toContain(run);
      reported.push({ scenario, message: m });
    }
  });

  it('triggers every code above, so a new code cannot go untested', () => {
    const seen = new Set<string>();
    for (const { message: m } of reported) codesIn(m, seen);
    expect(REPORTED.filter((code) => !seen.has(code))).toEqual([]);
  });
});

describe('the message tables', () => {
  it('have every key in both languages, non-empty, with the same placeholders', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as MessageKey[]) {
      expect(fr[key]?.trim(), key).toBeTruthy();
      expect(names(fr[key]), key).toEqual(names(en[key]));
    }
  });

  it('render a key missing from a table as English, then as the key, never crashing', () => {
    expect(renderMessage({}, message('ingest.reject.notNumber'))).toBe('not a number');
    expect(createI18n('fr').t('no.such.key' as never)).toBe('no.such.key');
    expect(createI18n('fr').say({ code: 'no.such.key', values: {} } as never)).toBe('no.such.key');
  });

  it('render nested messages and leave unknown placeholders as written', () => {
    const reason = message('ingest.refuse.noneLoadedFirst', {
      rows: 3,
      file: 'f.csv',
      where: message('ingest.where.lineColumn', { line: 2, column: 'Date' }),
      reason: message('ingest.reject.notNumber'),
    });
    expect(englishText(reason)).toBe('None of the 3 rows of f.csv could be loaded; line 2, column "Date": not a number.');
    expect(renderMessage(fr, reason)).toBe('Aucune des 3 lignes de f.csv n’a pu être chargée ; ligne 2, colonne « Date » : pas un nombre.');
    expect(createI18n('en').t('kpi.setOn')).toBe('set {date}');
  });

  it('say "the only row" of a one-row file, not "none of the 1 rows"', () => {
    const one = noneLoadedReason('f.csv', 1, { line: 2, column: 'Date', value: 'x', reason: message('ingest.reject.notNumber') });
    expect(englishText(one)).toBe('The only row of f.csv could not be loaded; line 2, column "Date": not a number.');
    expect(renderMessage(fr, one)).toBe('La seule ligne de f.csv n’a pu être chargée ; ligne 2, colonne « Date » : pas un nombre.');
    expect(englishText(noneLoadedReason('f.csv', 2, undefined))).toBe('None of the 2 rows of f.csv could be loaded.');
  });
});
