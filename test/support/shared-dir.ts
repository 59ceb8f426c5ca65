import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The team's shared material (DESIGN.md, datasets/, csv-corpus/): beside the project, as the
 * guide lays it out, or wherever CIBLE_SHARED points (a checkout cloned somewhere else).
 */
function findShared(): string {
  const candidates = [process.env.CIBLE_SHARED, path.resolve(import.meta.dirname, '../../../shared'), '/work/shared'].filter((c): c is string => !!c);
  const found = candidates.find((dir) => existsSync(path.join(dir, 'csv-corpus', 'MANIFEST.tsv')));
  if (!found) throw new Error(`The shared test material was not found (tried ${candidates.join(', ')}); set CIBLE_SHARED.`);
  return found;
}

export const SHARED_DIR = findShared();
