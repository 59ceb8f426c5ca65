/**
 * A file name for a download built from data (an uploaded file's name, a dataset's name): the
 * characters no file system accepts or that change a path's meaning (`/ \ : * ? " < > |`,
 * control characters) become `_`, leading dots go (no hidden files, no `..`), and the length is
 * capped so a hostile name cannot make the save dialog or the disk refuse it.
 */
const MAX_LENGTH = 120;

export function downloadName(name: string, fallback = 'cible-export'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]/g, '_')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '') // zero-width and direction overrides: `txt.exe` shown as `exe.txt`
    .replace(/^[\s.]+/, '')
    .trim();
  if (cleaned === '') return fallback;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  // Keep the extension: the cut happens in the stem.
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}
