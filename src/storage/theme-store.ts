/**
 * The theme the viewer picked in this browser, if any (localStorage). Without a choice the page
 * follows the system's prefers-color-scheme. index.html's first script reads the same key, so
 * the first paint already has the right colours: keep the two in step.
 */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'cible.theme.v1';

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage refused (private browsing, sandboxed frame): follow the system.
    return null;
  }
}

/** Keeps `theme`, or forgets the choice (`null`) so the page follows the system again. */
export function storeTheme(theme: Theme | null): void {
  try {
    if (theme === null) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not kept: the choice still holds for this page.
  }
}
