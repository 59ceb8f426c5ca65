/**
 * The benchmark's inputs, generated once into a git-ignored cache and reused: regenerating 10M
 * rows (≈1 GB) on every run would cost more than some of the benches themselves.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { exportLines } from './generate-sales';

export const BENCH_DIR = import.meta.dirname;
export const CACHE_DIR = path.join(BENCH_DIR, '.cache');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');

export const SIZES = { '100k': 100_000, '1M': 1_000_000, '10M': 10_000_000 } as const;
export type SizeName = keyof typeof SIZES;

/**
 * The bundled sample (200k rows), which the page opens by default: `200k` (or `sample`) in
 * BENCH_SIZES asks for the browser's session on it (filter changes, worker round trips, the
 * long-session memory probe). It needs no generated export.
 */
const SAMPLE_NAMES = ['200k', 'sample'];

/** `BENCH_SIZES=100k,1M` (or `--quick`, which drops 10M) chooses the sizes; all three by default. */
export function chosenSizes(argv: readonly string[], env: NodeJS.ProcessEnv): SizeName[] {
  const fromEnv = env.BENCH_SIZES?.split(',')
    .map((s) => s.trim())
    .filter((s) => s && !SAMPLE_NAMES.includes(s));
  const all = Object.keys(SIZES) as SizeName[];
  const sizes = env.BENCH_SIZES?.trim() ? (fromEnv ?? []) : argv.includes('--quick') ? ['100k', '1M'] : all;
  for (const size of sizes) if (!all.includes(size as SizeName)) throw new Error(`Unknown size "${size}" in BENCH_SIZES (known: 200k, ${all.join(', ')})`);
  return sizes as SizeName[];
}

/** Whether the run includes the sample session: always, unless BENCH_SIZES leaves `200k` out. */
export function wantsSample(env: NodeJS.ProcessEnv): boolean {
  const fromEnv = env.BENCH_SIZES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return !fromEnv?.length || fromEnv.some((s) => SAMPLE_NAMES.includes(s));
}

export function exportPath(size: SizeName): string {
  return path.join(CACHE_DIR, `sales-${size}.csv`);
}

/** Writes the export for `size` unless the cache already holds it; returns its path and size. */
export async function ensureExport(size: SizeName, log: (line: string) => void = () => undefined): Promise<{ file: string; bytes: number }> {
  const file = exportPath(size);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    log(`generating ${SIZES[size].toLocaleString('en')} rows into ${path.relative(process.cwd(), file)} …`);
    const partial = `${file}.partial`;
    const out = createWriteStream(partial);
    let batch: string[] = [];
    const flush = async () => {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise((resolve) => out.once('drain', () => resolve(undefined)));
      batch = [];
    };
    for (const line of exportLines(SIZES[size])) {
      batch.push(line);
      if (batch.length === 20_000) await flush();
    }
    if (batch.length) await flush();
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    // Renamed only once complete: an interrupted run never leaves a truncated file in the cache.
    renameSync(partial, file);
  }
  return { file, bytes: statSync(file).size };
}
