import { textColumn, numberColumn, type Engine } from '../engine/engine';
import { ident, raw, sql } from '../engine/sql';
import { csvLine } from './canonical-csv';
import type { FastPlan } from './fast-plan';
import { applyFixesSql, fixesSql, rawColumn, type FastNames } from './fast-sql';
import type { RejectedRow, ValueFormats } from './ingest-report';
import { MAX_LISTED_REJECTS } from './prepare-steps';
import { convertRow } from './row-converter';

/** Rows pulled from DuckDB into JS at a time: bounded memory however many rows need JS. */
const BATCH_ROWS = 20_000;

export interface RowsOutcome {
  rejected: number;
  /** In line order, the first MAX_LISTED_REJECTS of them. */
  rejects: RejectedRow[];
}

/**
 * The rows SQL did not convert on its own (a cell outside the plain shapes, a value the lookup
 * refused) are converted here, record by record, by the exact path's own convertRow: same value,
 * same reject, same reason. Rows it converts are written as canonical CSV, read back by the exact
 * path's reader and put in place of theirs; rows it rejects are deleted. Each row's
 * `__row` (the record's index in the file) keeps their order.
 */
export async function convertLeftoverRows(engine: Engine, names: FastNames, plan: FastPlan, formats: ValueFormats): Promise<RowsOutcome> {
  const used = [...new Set(plan.plans.flatMap((p) => (p.index === null ? [] : [p.index])))];
  const rejects: RejectedRow[] = [];
  let rejected = 0;
  const fixed: string[] = [];
  let after = -1;
  for (;;) {
    const query = sql`SELECT s.__row::DOUBLE AS __row, ${raw(used.map((i) => `r.${rawColumn(i)}`).join(', '))}
FROM (SELECT __row FROM ${ident(names.staged)} WHERE NOT __clean AND __row > ${after} ORDER BY __row LIMIT ${raw(String(BATCH_ROWS))}) s
JOIN ${ident(names.raw)} r ON r.rowid = s.__row ORDER BY s.__row`;
    const batch = await engine.query(query.text, query.params);
    if (batch.numRows === 0) break;
    const rows = numberColumn(batch, '__row');
    const cells = used.map((i) => textColumn(batch, rawColumn(i)));
    for (let n = 0; n < batch.numRows; n++) {
      const fields: string[] = new Array<string>(plan.width).fill('');
      used.forEach((i, u) => {
        fields[i] = cells[u]![n] ?? '';
      });
      // Line 1 is the header and every record is one line (the file is regular).
      const row = convertRow(plan.plans, fields, formats, plan.channels, rows[n]! + 2);
      if (row.ok) fixed.push(csvLine([{ bare: String(rows[n]) }, ...row.values]));
      else {
        rejected++;
        if (rejects.length < MAX_LISTED_REJECTS) rejects.push(row.reject);
      }
    }
    after = rows[batch.numRows - 1]!;
    if (batch.numRows < BATCH_ROWS) break;
  }
  if (fixed.length > 0) {
    await engine.registerFile(`${names.file}.fixes`, new TextEncoder().encode(`${fixed.join('\n')}\n`));
    try {
      await engine.exec(fixesSql(names, plan.kind));
    } finally {
      await engine.dropFile(`${names.file}.fixes`);
    }
  }
  if (fixed.length > 0 || rejected > 0) await engine.execAll(fixed.length > 0 ? applyFixesSql(names, plan.kind) : applyFixesSql(names, plan.kind).slice(1));
  return { rejected, rejects };
}
