/**
 * A short, stable id for a piece of text (64-bit FNV-1a, 12 hex digits), computed synchronously
 * while a link is decoded. Not a security measure: it only names datasets carried by links.
 */
export function contentId(prefix: 'x' | 'h' | 'k', text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return `${prefix}_${(h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12)}`;
}
