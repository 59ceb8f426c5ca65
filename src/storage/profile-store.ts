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
  const profiles = listProfiles<T>();
  profiles[name] = profile;
  localStorage.setItem(KEY, JSON.stringify(profiles));
}

export function deleteProfile(name: string): void {
  const profiles = listProfiles<unknown>();
  delete profiles[name];
  localStorage.setItem(KEY, JSON.stringify(profiles));
}
