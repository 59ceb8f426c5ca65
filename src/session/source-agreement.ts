/**
 * The viewer's agreement to download a link's data from another host (`#src=…`), and what the
 * page's Content-Security-Policy needs for it.
 *
 * The policy (written by index.html's first script) lets the page connect to our own origin
 * only. A policy in force cannot be widened, so agreeing records the exact address for this tab
 * (sessionStorage: gone with the tab, unreadable by other sites) and reloads: the policy is then
 * written with that one origin added, and the download proceeds without asking again.
 */
const KEY = 'cible.agreedSources.v1';

function agreedList(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether the page's policy lets it fetch from `url`'s origin (no policy: yes). */
export function policyAllows(url: string): boolean {
  const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
  if (!meta) return true;
  const connect = meta.content
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src');
  return connect?.includes(new URL(url).origin) ?? false;
}

/** The viewer agreed to this address earlier in this tab, and the page can reach it now. */
export function agreedInThisTab(url: string): boolean {
  return agreedList().includes(url) && policyAllows(url);
}

/**
 * Records the agreement. Returns `reload` when the page is reloading to let the policy include
 * the host (nothing else should happen then), `ready` when it can download at once.
 */
export function agreeTo(url: string): 'ready' | 'reload' {
  try {
    sessionStorage.setItem(KEY, JSON.stringify([...agreedList().filter((u) => u !== url), url].slice(-20)));
  } catch {
    // Without storage the agreement cannot survive the reload: ask the browser for nothing more.
    return 'ready';
  }
  if (policyAllows(url)) return 'ready';
  window.location.reload();
  return 'reload';
}
