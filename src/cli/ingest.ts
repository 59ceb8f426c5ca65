import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createNodeEngine } from '../engine/node-engine';
import { englishText, message, orList } from '../i18n/message';
import type { MappingProfile } from '../ingest/column-mapping';
import type { IngestReport } from '../ingest/ingest-report';
import { en } from '../i18n/messages-en';
import { loadPlainTable, loadPreparedDataset, salesTotals } from '../ingest/load-ingest';
import { prepareOnEngine } from '../ingest/ingest-on-engine';
import type { IngestRequest } from '../ingest/prepare-ingest';
import { buildProfile, clusterMappingOf, parseIngestArgs, USAGE, type IngestArgs } from './ingest-args';

const CLI_DATASET = 'cli';

/** Runs the browser's ingest path on one file; returns the report (refused or loaded). */
export async function ingestFile(args: IngestArgs): Promise<IngestReport> {
  return ingestBytes(args, path.basename(args.file), new Uint8Array(readFileSync(args.file)));
}

/** The same on the sales of a ClickHouse table, summed by day on the cluster (ingest/clickhouse-dataset.ts). */
async function ingestClickHouse(args: IngestArgs, source: NonNullable<IngestArgs['clickhouse']>): Promise<IngestReport | string> {
  const { fetchDailySales } = await import('../ingest/clickhouse-dataset');
  const { ClickHouseError } = await import('../remote/clickhouse-error');
  try {
    const mapping = clusterMappingOf(savedProfile(args), args.maps);
    const sales = await fetchDailySales({ connection: { url: source.url, user: source.user, password: source.password }, sales: source.table, mapping });
    // The cluster's answer is canonical already: the mapping was applied there, not to its CSV.
    return await ingestBytes({ ...args, maps: [], profilePath: undefined }, source.table, sales.csv);
  } catch (error) {
    if (!(error instanceof ClickHouseError)) throw error;
    const text = en[`ch.error.${error.code}`].replace('{host}', new URL(source.url).host).replace('{table}', source.table);
    return error.detail ? `${text} ${error.detail}` : text;
  }
}

function savedProfile(args: IngestArgs): Partial<MappingProfile> | null {
  return args.profilePath ? (JSON.parse(readFileSync(args.profilePath, 'utf8')) as Partial<MappingProfile>) : null;
}

async function ingestBytes(args: IngestArgs, fileName: string, bytes: Uint8Array): Promise<IngestReport> {
  const saved = savedProfile(args);
  const profile = buildProfile(saved, args.maps);
  const kind = args.kind ?? saved?.kind;
  const request: IngestRequest = {
    fileName,
    bytes,
    ...(kind ? { kind } : {}),
    settings: args.settings,
    profile,
    formats: {
      ...(args.dateFormat ? { date: args.dateFormat } : {}),
      ...(args.decimal ? { number: { decimal: args.decimal, thousands: args.decimal === ',' ? ' ' : ',' } } : {}),
    },
  };
  const engine = await createNodeEngine();
  try {
    // Large regular files are read by DuckDB's reader (same report and rows, checked), others by PapaParse.
    const { prepared } = await prepareOnEngine(engine, request);
    const report = prepared.report;
    if (report.refused) return report;
    const question = report.questions[0];
    if (question) {
      return {
        ...report,
        refused: true,
        rowsLoaded: 0,
        reason: message('ingest.refuse.ambiguousDates', {
          file: report.file,
          column: question.column,
          formats: orList(question.choices),
          first: question.choices[0]!,
        }),
      };
    }
    if (report.kind === 'table') {
      await loadPlainTable(engine, prepared);
      return report;
    }
    await loadPreparedDataset(engine, CLI_DATASET, [prepared]);
    return report.kind === 'sales' ? { ...report, totals: await salesTotals(engine, CLI_DATASET) } : report;
  } finally {
    await engine.close();
  }
}

/** The JSON the CLI prints with --json: stable keys pipelines can rely on, messages in English. */
export function reportJson(report: IngestReport) {
  return {
    file: report.file,
    kind: report.kind,
    rowsRead: report.rowsRead,
    rowsLoaded: report.rowsLoaded,
    rowsRejected: report.rowsRejected,
    refused: report.refused,
    reason: report.reason ? englishText(report.reason) : null,
    settings: {
      encoding: report.settings.encoding,
      delimiter: report.settings.delimiter,
      quote: report.settings.quote,
      header: report.settings.header,
      decimal: report.formats.number.decimal,
      thousands: report.formats.number.thousands,
      dateFormat: report.formats.date,
    },
    mapping: report.kind === 'table' ? (report.table?.columns ?? []) : report.mapping,
    lines: { total: report.lines, header: report.headerLines, preamble: report.preambleLines, blank: report.blankLines, comment: report.commentLines },
    warnings: report.warnings.map(englishText),
    rejects: report.rejects.slice(0, 100).map((r) => ({ ...r, reason: englishText(r.reason) })),
    ...(report.totals ? { totals: report.totals } : {}),
  };
}

function describe(report: IngestReport): string {
  const lines = [`${report.file} (${report.kind})`];
  if (report.refused) lines.push(`REFUSED: ${englishText(report.reason)}`);
  lines.push(
    `read ${report.rowsRead} rows: ${report.rowsLoaded} loaded, ${report.rowsRejected} rejected` +
      ` (+ ${report.headerLines} header, ${report.preambleLines} preamble, ${report.blankLines} blank, ${report.commentLines} comment lines)`,
  );
  const s = report.settings;
  lines.push(
    `encoding ${s.encoding}, delimiter ${JSON.stringify(s.delimiter)}, decimal "${report.formats.number.decimal}", dates ${report.formats.date ?? '-'}`,
  );
  for (const [canonical, source] of Object.entries(report.mapping))
    lines.push(`  ${canonical} <- ${'column' in source ? `"${source.column}"` : `constant "${source.constant}"`}`);
  for (const warning of report.warnings) lines.push(`warning: ${englishText(warning)}`);
  for (const r of report.rejects.slice(0, 20))
    lines.push(
      `  line ${r.line}${r.column ? `, column "${r.column}"` : ''}: ${englishText(r.reason)}${r.value ? ` (${JSON.stringify(r.value.slice(0, 60))})` : ''}`,
    );
  if (report.rowsRejected > 20) lines.push(`  … and ${report.rowsRejected - 20} more rejected rows (use --json for the first 100)`);
  if (report.totals) {
    lines.push(`revenue ${report.totals.revenue.toFixed(2)}`);
    for (const [year, value] of Object.entries(report.totals.byYear)) lines.push(`  ${year}: ${value.toFixed(2)}`);
    for (const [channel, value] of Object.entries(report.totals.byChannel)) lines.push(`  ${channel}: ${value.toFixed(2)}`);
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let args: IngestArgs;
  try {
    args = parseIngestArgs(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const report = args.clickhouse ? await ingestClickHouse(args, args.clickhouse) : await ingestFile(args);
  if (typeof report === 'string') {
    // Nothing was read: the cluster could not be asked (the reason says why and what to do).
    console.log(args.json ? JSON.stringify({ file: args.clickhouse?.table, kind: 'sales', refused: true, reason: report }, null, 2) : `REFUSED: ${report}`);
    return 1;
  }
  console.log(args.json ? JSON.stringify(reportJson(report), null, 2) : describe(report));
  return report.refused ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    },
  );
}
