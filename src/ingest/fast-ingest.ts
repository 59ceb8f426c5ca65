import { numberColumn, quoteIdent, textColumn, type Engine } from '../engine/engine';
import { join, raw, sql } from '../engine/sql';
import { csvLine } from './canonical-csv';
import { detectDateFormat } from './dates';
import type { FastPlan } from './fast-plan';
import { convertLeftoverRows } from './fast-rows';
import {
  dictSql,
  distinctSql,
  inFileOrderSql,
  fastNames,
  isLookupPlan,
  numberCellsSql,
  readRawSql,
  stagedSql,
  type FastNames,
  type StagedRows,
} from './fast-sql';
import type { IngestReport, ValueFormats } from './ingest-report';
import { decideNumberFormat, numberClassOf, type NumberClass, type NumberEvidence } from './number-classes';
import type { NumberFormat } from './numbers';
import type { PreparedIngest } from './prepare-ingest';
import { decideDateFormat, noneLoadedReason, refusedReport } from './prepare-steps';
import { convertCell, type ColumnPlan } from './row-converter';

/**
 * The second half of the fast ingest path: DuckDB's own CSV reader reads the file as text, the
 * values are checked and converted in SQL, and only the rows SQL cannot settle alone go through
 * JS — with the exact path's functions, so values, rejects and reasons are the same. The result
 * is a prepared file whose rows wait in a staged table (`prepared.staged`) instead of a CSV.
 *
 * The fast path gives way to the exact path (returns `{ok: false}`) whenever it cannot vouch for
 * the result: DuckDB counts other rows than the byte scan did, refuses the file, or the values
 * are too varied for lookups in SQL. It then leaves nothing behind.
 */

/** Distinct values a lookup column may hold (dates, channels, retailers…); more goes the exact way. */
const MAX_LOOKUP_VALUES = 100_000;
/** Distinct number cells of no plain shape the format decision reads one by one in JS. */
const MAX_ODD_NUMBERS = 10_000;

/** A fast-prepared file: its rows wait in `staged` (absent when the file was refused). */
export type FastPrepared = PreparedIngest & { staged?: StagedRows };
export type FastOutcome = { ok: true; prepared: FastPrepared } | { ok: false; why: string };

class GiveWay extends Error {}

export async function runFastIngest(engine: Engine, plan: FastPlan, bytes: Uint8Array): Promise<FastOutcome> {
  const names = fastNames();
  const drop = async (tables: string[]) => {
    for (const table of tables) await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`).catch(() => undefined);
  };
  try {
    const report = await stage(engine, names, plan, bytes);
    await drop([names.raw, names.dict, names.fixes]);
    if (report.refused) {
      await drop([names.staged]);
      return { ok: true, prepared: { report, csv: '', preview: [] } };
    }
    // Deleted rows keep their rowids: rows still listed by rowid = record index are in file order.
    const ordered = numberColumn(await engine.query(inFileOrderSql(names)), 'n')[0] === 0;
    return { ok: true, prepared: { report, csv: '', preview: plan.preview, staged: { table: names.staged, kind: plan.kind, ordered } } };
  } catch (error) {
    await drop([names.raw, names.dict, names.fixes, names.staged]);
    await engine.dropFile(names.file).catch(() => undefined);
    if (error instanceof GiveWay) return { ok: false, why: error.message };
    // DuckDB refused the file (a structural error, a value too large for its column…): the
    // exact path reads it and says, in its own words, what is wrong.
    return { ok: false, why: `DuckDB: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

async function stage(engine: Engine, names: FastNames, plan: FastPlan, bytes: Uint8Array): Promise<IngestReport> {
  const report: IngestReport = { ...plan.report, warnings: [...plan.report.warnings], questions: [] };
  const used = [...new Set(plan.plans.flatMap((p) => (p.index === null ? [] : [p.index])))];
  await engine.registerFile(names.file, bytes);
  try {
    await engine.exec(readRawSql(names, plan.width, used.length ? used : [0], plan.plans, plan.report.settings.delimiter, plan.newline));
  } finally {
    await engine.dropFile(names.file);
  }
  const count = numberColumn(await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(names.raw)}`), 'n')[0];
  if (count !== plan.report.rowsRead) throw new GiveWay(`DuckDB read ${count} rows where the file has ${plan.report.rowsRead} records`);

  const number = plan.formats.number ?? (await decideNumbers(engine, names, plan));
  const formats: ValueFormats = { number, date: null };
  formats.date = await decideDates(engine, names, plan, report);
  report.formats = formats;

  await writeLookups(engine, names, plan, formats);
  const constants = new Map<number, string | null>();
  plan.plans.forEach((p, position) => {
    if (p.index !== null || p.constant === null) return;
    const cell = convertCell(p, [], formats, plan.channels);
    if (!cell.ok) throw new GiveWay(`the constant for ${p.column.name} cannot be loaded`);
    constants.set(position, cell.value === null ? null : 'text' in cell.value ? cell.value.text : cell.value.bare);
  });
  const staged = stagedSql(names, { kind: plan.kind, plans: plan.plans, number, constants });
  await engine.query(staged.text, staged.params);

  const leftovers = await convertLeftoverRows(engine, names, plan, formats);
  const loaded = report.rowsRead - leftovers.rejected;
  const done: IngestReport = { ...report, rowsLoaded: loaded, rowsRejected: leftovers.rejected, rejects: leftovers.rejects };
  return loaded === 0 ? refusedReport(done, noneLoadedReason(plan.report.file, done.rowsRead, leftovers.rejects[0])) : done;
}

async function distinctValues(engine: Engine, query: string, max: number, what: string): Promise<string[]> {
  const result = await engine.query(query, [], { maxRows: max });
  if (result.truncated) throw new GiveWay(`more than ${max} distinct ${what}`);
  return textColumn(result, result.names[0]!).map((v) => v ?? '');
}

/** The number format detectNumberFormat() would choose, from the classes of every number cell. */
async function decideNumbers(engine: Engine, names: FastNames, plan: FastPlan): Promise<NumberFormat> {
  const cells = numberCellsSql(names, plan.plans);
  if (!cells) return decided(decideNumberFormat({ present: [], others: [] }, plan.preferDecimal));
  const perClass = await engine.query(`SELECT k::DOUBLE AS k, count(*)::DOUBLE AS n FROM (${cells}) GROUP BY k`);
  const present = [...numberColumn(perClass, 'k')] as NumberClass[];
  const odd = present.includes(9) ? await distinctValues(engine, `SELECT DISTINCT v FROM (${cells}) WHERE k = 9`, MAX_ODD_NUMBERS, 'odd numbers') : [];
  const evidence: NumberEvidence = { present, others: [...new Set(odd.map((v) => v.trim()).filter((v) => v !== ''))] };
  const first = decideNumberFormat(evidence, plan.preferDecimal);
  if ('format' in first) return first.format;
  // Every format fails some cell: the one failing the fewest distinct values wins, so count them.
  const distinct = await engine.query(`SELECT k::DOUBLE AS k, count(DISTINCT v)::DOUBLE AS n FROM (${cells}) WHERE k BETWEEN 1 AND 5 GROUP BY k`);
  const counts: Partial<Record<NumberClass, number>> = {};
  numberColumn(distinct, 'k').forEach((k, i) => {
    counts[k as NumberClass] = numberColumn(distinct, 'n')[i]!;
  });
  const shaped = evidence.others.filter((v) => numberClassOf(v) !== 9);
  const also = new Set<string>();
  for (let i = 0; i < shaped.length; i += 500) {
    const chunk = shaped.slice(i, i + 500);
    // `cells` is SQL made by code (numberCellsSql); the file's values go in as params.
    const query = sql`SELECT DISTINCT v FROM (${raw(cells)}) WHERE k BETWEEN 1 AND 5 AND v IN (${join(chunk, ', ')})`;
    const found = await engine.query(query.text, query.params);
    for (const v of textColumn(found, 'v')) if (v !== null) also.add(v);
  }
  return decided(decideNumberFormat({ ...evidence, counts: { perClass: counts, othersAlsoInClasses: also } }, plan.preferDecimal));
}

function decided(decision: ReturnType<typeof decideNumberFormat>): NumberFormat {
  if (!('format' in decision)) throw new GiveWay('the number format needs counts it was not given');
  return decision.format;
}

async function decideDates(engine: Engine, names: FastNames, plan: FastPlan, report: IngestReport) {
  const dateColumns = plan.plans.filter((p) => p.index !== null && p.column.type === 'date').map((p) => p.index!);
  const values = async () => (dateColumns.length ? distinctValues(engine, distinctSql(names, dateColumns), MAX_LOOKUP_VALUES, 'dates') : []);
  const cells = plan.formats.date ? [] : await values();
  return decideDateFormat(plan.plans, () => detectDateFormat(cells), plan.formats.date, report.questions);
}

/** For each looked-up column, every distinct raw value with what convertCell makes of it. */
async function writeLookups(engine: Engine, names: FastNames, plan: FastPlan, formats: ValueFormats): Promise<void> {
  const lines: string[] = [];
  for (const [position, p] of plan.plans.entries()) {
    if (p.index === null || !isLookupPlan(p)) continue;
    const values = new Set(await distinctValues(engine, distinctSql(names, [p.index]), MAX_LOOKUP_VALUES, `values of ${p.sourceName}`));
    const single: ColumnPlan = { ...p, index: 0 };
    for (const raw of values) {
      const cell = convertCell(single, [raw], formats, plan.channels);
      const value = !cell.ok || cell.value === null ? null : 'text' in cell.value ? { text: cell.value.text } : { text: cell.value.bare };
      lines.push(csvLine([{ bare: String(position) }, { text: raw }, value, { bare: cell.ok ? 'true' : 'false' }]));
    }
  }
  if (lines.length === 0) return;
  await engine.registerFile(`${names.file}.dict`, new TextEncoder().encode(`${lines.join('\n')}\n`));
  try {
    await engine.exec(dictSql(names));
  } finally {
    await engine.dropFile(`${names.file}.dict`);
  }
}
