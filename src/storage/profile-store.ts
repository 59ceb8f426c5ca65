/**
 * Named mapping profiles ("Export Carrefour mensuel") kept in localStorage: small JSON, read
 * synchronously when a file is added. Values are opaque here; ingest/ defines their shape.
 */
const KEY = 'cible.mappingProfiles.v1';

export function listProfiles<T>(): Record<string, T> {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, T>) : {};
  } catch {
    // Private browsing or a corrupted entry: behave as if there were no profiles.
    return {};
  }
}

export function saveProfile<T>(name: string, profile: T): void {
  // fromEntries defines own properties: a profile named `__proto__` is kept, not swallowed.
  const profiles = Object.fromEntries([...Object.entries(listProfiles<T>()).filter(([key]) => key !== name), [name, profile]]);
  localStorage.setItem(KEY, JSON.stringify(profiles));
}

export function deleteProfile(name: string): void {
  const profiles = Object.fromEntries(Object.entries(listProfiles<unknown>()).filter(([key]) => key !== name));
  localStorage.setItem(KEY, JSON.stringify(profiles));
}
