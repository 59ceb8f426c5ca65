import type { IngestReport } from '../ingest/ingest-report';
import { massRejection, notLoaded } from '../ingest/load-guards';
import { message, type MessageValue } from '../i18n/message';

export interface UploadStop {
  message: MessageValue;
  /** Every file's report, marked as not loaded. */
  reports: IngestReport[];
  /** The analyst may load anyway (most rows rejected is suspicious, not wrong). */
  canForce?: boolean;
}

/**
 * Why an upload stops before anything is written, if it does: a file refused or with a question
 * left open; else, unless the analyst forces it, a file whose rows were mostly rejected.
 */
export function uploadStop(reports: IngestReport[], force: boolean): UploadStop | null {
  const blocking = reports.find((r) => r.refused || r.questions.length > 0);
  if (blocking) {
    return { message: blocking.reason ?? message('ingest.guard.openQuestion', { file: blocking.file }), reports: notLoaded(reports, blocking) };
  }
  if (force) return null;
  const suspicious = reports.find((r) => massRejection(r) !== null);
  return suspicious ? { message: massRejection(suspicious)!, reports: notLoaded(reports, suspicious), canForce: true } : null;
}
