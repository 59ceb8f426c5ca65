/**
 * Shipped JavaScript, brotli-compressed as a static host would serve it (WASM excluded): what
 * the first route loads (index.html's module and its preloads, and the modules main.tsx imports
 * as it starts — React's mount, app/start.tsx, React DOM (`client-*.js`), the app, App.tsx, and
 * the worker that starts ICU, i18n/intl-warmup.worker.ts — with everything they import
 * statically), the DuckDB worker the engine starts with, and every JS file in dist/
 * (workers, lazy pages and the unused builds included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export interface JsBundle {
  files: string[];
  rawBytes: number;
  brotliBytes: number;
}

export interface JsSizes {
  initialRoute: JsBundle;
  duckdbWorker: JsBundle;
  total: JsBundle;
}

function measure(dist: string, files: string[]): JsBundle {
  let rawBytes = 0;
  let brotliBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    rawBytes += bytes.length;
    brotliBytes += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files, rawBytes, brotliBytes };
}

/** The modules main.tsx imports as it starts (in tasks of their own, so not preloaded by index.html). */
const STARTED_AT_ONCE = /^assets\/(start|client|App|intl-warmup\.worker)-[\w-]+\.js$/;

/** `files` and every chunk they import statically (`import … from"./x.js"`, `import"./x.js"`), transitively. */
function withStaticImports(dist: string, files: readonly string[]): string[] {
  const seen = new Set(files);
  const queue = [...files];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const [, name] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
      const imported = path.posix.join(path.posix.dirname(file), name!);
      if (!seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }
  return [...seen];
}

export function jsSizes(dist: string): JsSizes {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const fromHtml = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const all = [
    'sw.js',
    ...readdirSync(path.join(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`),
  ];
  const worker = all.filter((f) => /duckdb-browser-eh\.worker/.test(f));
  const initial = withStaticImports(dist, [...fromHtml, ...all.filter((f) => STARTED_AT_ONCE.test(f))]);
  return { initialRoute: measure(dist, initial), duckdbWorker: measure(dist, worker), total: measure(dist, all) };
}
