import type { MappingProfile } from '../ingest/column-mapping';
import type { CsvSettings } from '../ingest/csv-settings';
import type { DateFormat } from '../ingest/dates';
import type { IngestKind } from '../ingest/ingest-kinds';
import type { NumberFormat } from '../ingest/numbers';
import type { LoadablePrepared } from '../ingest/prepare-ingest';
import type { MessageValue } from '../i18n/message';

/** The analyst's decisions for one file; anything unset is sniffed or mapped automatically. */
export interface FileChoices {
  kind?: IngestKind;
  settings: Partial<CsvSettings>;
  profile: Partial<MappingProfile>;
  formats: { number?: NumberFormat; date?: DateFormat };
}

export interface PendingFile {
  key: string;
  name: string;
  /**
   * The picked File: the parsing and hashing workers read it themselves, so a large upload is
   * never copied on, nor held by, the page's thread.
   */
  source: Blob;
  hash: string;
  choices: FileChoices;
  /** The sniffed, mapped first records, recomputed whenever a choice changes. */
  preview: LoadablePrepared | null;
  previewError: MessageValue | null;
  /** Name of a stored dataset that already holds exactly these bytes. */
  duplicateOf: string | null;
}

/** What the parsing worker is asked for a file: its choices, and a preview's size if one. */
export function requestFor(file: PendingFile, previewRecords?: number) {
  return {
    fileName: file.name,
    ...(file.choices.kind ? { kind: file.choices.kind } : {}),
    settings: file.choices.settings,
    profile: file.choices.profile,
    formats: file.choices.formats,
    ...(previewRecords ? { previewRecords } : {}),
  };
}
