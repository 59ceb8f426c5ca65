import { appendCanonical } from '../ingest/append-canonical';
import type { IngestReport } from '../ingest/ingest-report';
import { targetConflict } from '../ingest/load-guards';
import { canonicalFilesOf, datasetRetailers, datasetRowCounts, salesTotals } from '../ingest/load-ingest';
import type { LoadablePrepared } from '../ingest/prepare-ingest';
import { message, type MessageValue } from '../i18n/message';
import type { Engine } from '../engine/engine';
import type { CanonicalFiles } from '../ingest/load-canonical';
import { TABLE_NAMES, type TableName } from '../model/schema';
import { openUploadStore } from '../storage/upload-store';
import { contentHash } from './content-hash';
import { storedCanonicalFiles } from './stored-datasets';

/** What a stored upload keeps beside its files: its ingest reports, row counts and retailers. */
export interface UploadDetails {
  reports: IngestReport[];
  rowCounts: Record<TableName, number>;
  retailers: string[];
}

export type UploadTarget = { mode: 'new'; name: string } | { mode: 'append' | 'replace'; datasetId: string };

/** Rejects kept with a stored dataset; the full list is in the report downloaded at upload time. */
const STORED_REJECTS = 500;

/** What a commit needs of the engine and the list of stored datasets. */
export interface CommitDeps {
  installDataset: (datasetId: string, files: CanonicalFiles) => Promise<Engine>;
  forgetDataset: (datasetId: string) => void;
}

/** Prepared canonical files (sales, targets, fees, events) with their content hashes and names. */
export interface CommitFiles {
  prepared: LoadablePrepared[];
  hashes: string[];
  names: string[];
  /** Every report of the batch (plain tables' included), in file order. */
  reports: IngestReport[];
}

export type CommitResult = { ok: true; datasetId: string; reports: IngestReport[] } | { ok: false; message: MessageValue };

/** A dataset's id names its set of files: the same files give the same id, any other set another. */
async function datasetIdFor(hashes: string[]): Promise<string> {
  const digest = await contentHash(new TextEncoder().encode([...hashes].sort().join(',')));
  return `u_${digest.replace(/^fnv/, '').slice(0, 12)}`;
}

/**
 * Loads validated files into a dataset (new, appended to, or replaced), checks DuckDB's counts
 * and keeps the result in this browser. An uploaded file and a typed goal or fee rate take this
 * same way, so both are stored, reloaded and shared alike.
 */
export function commitUpload(deps: CommitDeps, target: UploadTarget, files: CommitFiles, onSaving: () => void): Promise<CommitResult> {
  // One commit at a time in this tab: a second one (a rate typed right after a goal) must read
  // the stored dataset after the first is saved, or it would append to the version before it and
  // be refused as changed elsewhere (losing what was typed).
  const next = commits.then(() => commitNow(deps, target, files, onSaving));
  commits = next.catch(() => undefined);
  return next;
}

let commits: Promise<unknown> = Promise.resolve();

async function commitNow(deps: CommitDeps, target: UploadTarget, files: CommitFiles, onSaving: () => void): Promise<CommitResult> {
  const { prepared, hashes, names, reports } = files;
  const store = await openUploadStore();
  const datasetId = target.mode === 'new' ? await datasetIdFor(hashes) : target.datasetId;
  const existing = await store.get(datasetId);
  const conflict = targetConflict(target.mode, existing?.meta ?? null, hashes, names);
  if (conflict) return { ok: false, message: conflict };
  let tables = canonicalFilesOf(prepared);
  // Appended to the revision read above: if another tab saves meanwhile, the save below is refused.
  if (target.mode === 'append') tables = appendCanonical(storedCanonicalFiles(datasetId, existing), tables);
  const engine = await deps.installDataset(datasetId, tables);
  const rowCounts = await datasetRowCounts(engine, datasetId);
  const totals = prepared.some((p) => p.report.kind === 'sales') ? await salesTotals(engine, datasetId) : null;
  const finalReports = reports.map((r) => (r.kind === 'sales' && totals ? { ...r, totals } : r));
  onSaving();
  const now = new Date().toISOString();
  const previous = existing?.meta.details as UploadDetails | undefined;
  const details: UploadDetails = {
    reports: [
      ...(target.mode === 'append' ? (previous?.reports ?? []) : []),
      ...finalReports.map((r) => ({ ...r, rejects: r.rejects.slice(0, STORED_REJECTS) })),
    ],
    rowCounts,
    retailers: await datasetRetailers(engine, datasetId),
  };
  try {
    await store.put(
      {
        meta: {
          id: datasetId,
          name: target.mode === 'new' ? target.name : (existing?.meta.name ?? datasetId),
          createdAt: existing?.meta.createdAt ?? now,
          updatedAt: now,
          hashes: target.mode === 'append' ? [...(existing?.meta.hashes ?? []), ...hashes] : hashes,
          details,
        },
        files: TABLE_NAMES.map((table) => ({ name: `${table}.csv`, bytes: tables[table].bytes })),
      },
      { expectedRevision: existing ? (existing.meta.revision ?? 0) : null },
    );
  } catch (error) {
    if ((error as Error | null)?.name !== 'StoreConflictError') throw error;
    // This engine now holds files that were not saved: back to what storage holds.
    deps.forgetDataset(datasetId);
    return { ok: false, message: message('ingest.guard.changedElsewhere', { dataset: existing?.meta.name ?? datasetId }) };
  }
  return { ok: true, datasetId, reports: finalReports };
}
