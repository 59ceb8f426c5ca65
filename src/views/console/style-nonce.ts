/**
 * The nonce index.html's Content-Security-Policy accepts for `<style>` elements, made fresh for
 * each page load by the policy's own script. CodeMirror writes its styles into a `<style>`
 * element and marks it with this nonce; without a policy (development server) it is empty.
 */
export function styleNonce(): string {
  const value = (globalThis as { cibleStyleNonce?: unknown }).cibleStyleNonce;
  return typeof value === 'string' ? value : '';
}
