// The command-line twin, run as an analyst or a pipeline would: a real process, real exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/node-engine';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/ingest.ts');

async function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: ROOT, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

describe('npm run ingest', () => {
  it('prints the JSON report of a French export and exits 0 even with rejected rows', async () => {
    const { code, stdout } = await ingest([path.join(ROOT, 'test/fixtures/ventes-fr-cp1252.csv'), '--kind', 'sales', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      rowsRead: 8,
      rowsLoaded: 6,
      rowsRejected: 2,
      refused: false,
      reason: null,
      settings: { encoding: 'windows-1252', delimiter: ';', decimal: ',', dateFormat: 'dd/mm/yyyy' },
      mapping: { revenue_eur: { column: 'CA TTC (€)' } },
      rejects: [
        { line: 5, column: 'Date', value: '31/02/2022', reason: 'no such day: 31/02/2022' },
        { line: 8, column: 'CA TTC (€)', value: 'n/d', reason: 'not a number' },
      ],
    });
    const totals = json.totals as { byChannel: Record<string, number>; byYear: Record<string, number> };
    expect(totals.byYear).toEqual({ 2022: 102036.14 });
    expect(totals.byChannel).toEqual({ partner: 12404.9, voice: 3120.75, web: 86510.49 });
  });

  it('exits 1 with the reason when the file is refused', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cible-cli-'));
    const file = path.join(dir, 'broken.csv');
    writeFileSync(file, 'Date,CA\n2022-01-01,"10\n');
    const { code, stdout } = await ingest([file, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { refused: boolean; reason: string };
    expect(json.refused).toBe(true);
    expect(json.reason).toContain('broken.csv, line 2: a quoted field that starts on line 2 is never closed');
  });

  it('refuses ambiguous dates unless --date-format says which, and exits 2 on a bad option', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cible-cli-'));
    const file = path.join(dir, 'ambigu.csv');
    writeFileSync(file, 'Date;Canal;CA\n03/04/2022;web;10,5\n05/06/2022;vocal;2\n');
    const asked = await ingest([file, '--json']);
    expect(asked.code).toBe(1);
    expect((JSON.parse(asked.stdout) as { reason: string }).reason).toContain('--date-format dd/mm/yyyy');
    const answered = await ingest([file, '--date-format', 'mm/dd/yyyy', '--json']);
    expect(answered.code).toBe(0);
    expect((JSON.parse(answered.stdout) as { totals: { byChannel: Record<string, number> } }).totals.byChannel).toEqual({ voice: 2, web: 10.5 });
    expect((await ingest([file, '--kind', 'nope'])).code).toBe(2);
  });
});
