/**
 * A text from data or a link as a web address that is safe to put in an `href`, or null.
 * Only absolute http(s) addresses without credentials pass: `javascript:`, `data:`, `file:`,
 * `blob:`, relative paths and addresses hiding a user name (`https://bank.example@evil.example`)
 * stay plain text. The address is returned as the URL parser wrote it back, so what the browser
 * follows is exactly what was checked (stray tabs and line breaks in the scheme are gone).
 */
export function webAddress(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}
