import { message, whereInFile, type Message } from '../i18n/message';
import type { IngestReport } from './ingest-report';

/**
 * A load is held back when more than 5% of the rows (and more than 10 of them), or more than half,
 * would be rejected: so many rejects almost always mean a wrong setting (date format, decimal
 * separator), and loading the rest would show wrong totals that look right. The analyst can
 * still choose to load anyway. A few bad rows in a small file go through, reported.
 */
export const MAX_REJECTED_SHARE = 0.05;
const FEW_REJECTS = 10;

export function massRejection(report: IngestReport): Message | null {
  if (report.refused || report.rowsRead === 0) return null;
  const share = report.rowsRejected / report.rowsRead;
  if (!(share > 0.5 || (share > MAX_REJECTED_SHARE && report.rowsRejected > FEW_REJECTS))) return null;
  const first = report.rejects[0];
  const counts = { file: report.file, rejected: report.rowsRejected, read: report.rowsRead, percent: Math.round(share * 100) };
  if (!first) return message('ingest.guard.massRejection', counts);
  return message('ingest.guard.massRejectionFirst', { ...counts, where: whereInFile(first.line, first.column), reason: first.reason });
}

export interface StoredTarget {
  name: string;
  hashes: string[];
}

/**
 * Why loading into `existing` would damage data, or null: a "new" dataset must never replace
 * another one, and appending a file already in a dataset would count its rows twice.
 */
export function targetConflict(
  mode: 'new' | 'append' | 'replace',
  existing: StoredTarget | null,
  hashes: readonly string[],
  fileNames: readonly string[],
): Message | null {
  if (!existing) return null;
  if (mode === 'new') return message('ingest.guard.alreadyLoaded', { dataset: existing.name });
  if (mode === 'append') {
    const index = hashes.findIndex((h) => existing.hashes.includes(h));
    if (index >= 0) return message('ingest.guard.alreadyInDataset', { file: fileNames[index]!, dataset: existing.name });
  }
  return null;
}

/** Reports of a batch that was not loaded because one of its files was refused: they say so. */
export function notLoaded(reports: IngestReport[], blocking: IngestReport): IngestReport[] {
  return reports.map((r) =>
    r === blocking || r.refused ? r : { ...r, refused: true, rowsLoaded: 0, reason: message('ingest.guard.notLoaded', { file: blocking.file }) },
  );
}
