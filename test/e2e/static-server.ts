// A deliberately dumb static file server for the end-to-end tests: it serves the built
// dist/ the way any plain static host would (no SPA fallback, no compression, no
// special headers unless a test asks), optionally under a sub-path, so the tests prove the build works
// from an arbitrary static location.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServerOptions {
  /** Directory to serve (e.g. the built dist/). */
  root: string;
  /** URL path prefix the directory is mounted under, e.g. `/reports/cible/`. Defaults to `/`. */
  prefix?: string;
  /** Answer with `Access-Control-Allow-Origin: *`, as public data hosts do (default false). */
  cors?: boolean;
  /** Extra headers on every answer, e.g. COOP/COEP to make the page cross-origin isolated. */
  headers?: Record<string, string>;
  /**
   * Serve `.gz` files with `Content-Encoding: gzip`, as some hosts do: the browser then unpacks
   * them before the app sees the bytes (default false: served as opaque gzip).
   */
  gzipAsEncoding?: boolean;
}

export interface StaticServer {
  /** Absolute URL of the mount point, always ending in `/` (e.g. `http://127.0.0.1:4321/reports/cible/`). */
  url: string;
  close(): Promise<void>;
  /** Every request as `METHOD /path status`, in arrival order (handy when a test fails). */
  requests: string[];
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // Required for WebAssembly.instantiateStreaming (DuckDB falls back slowly without it).
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // Served as opaque bytes and *without* Content-Encoding: the app fetches the .gz
  // itself and decompresses it; a Content-Encoding header would make the browser
  // inflate it first and the app would then try to gunzip plain text.
  '.gz': 'application/gzip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function normalisePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges' };

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range, as readers of Parquet over HTTP ask. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [start, end] =
    match[1] === '' ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

export function startStaticServer({ root, prefix, cors = false, headers = {}, gzipAsEncoding = false }: StaticServerOptions): Promise<StaticServer> {
  const rootDir = path.resolve(root);
  const mount = normalisePrefix(prefix);
  const requests: string[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    if (cors && req.method === 'OPTIONS') {
      // Preflight of a cross-origin range request (a Parquet reader asking for the footer).
      res.writeHead(204, { ...CORS_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': 'Range' }).end();
      return 204;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return 405;
    }
    // Only the path matters; the query string (e.g. Vite's `?v=`) is ignored.
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';

    // `/reports/cible` without the trailing slash: redirect, or relative asset URLs
    // (base './') would resolve against `/reports/` and miss.
    if (mount !== '/' && rawPath === mount.slice(0, -1)) {
      res.writeHead(301, { Location: mount }).end();
      return 301;
    }
    if (!rawPath.startsWith(mount)) return notFound(res);

    let relative: string;
    try {
      relative = decodeURIComponent(rawPath.slice(mount.length));
    } catch {
      return notFound(res); // malformed %-escape
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';

    // Refuse traversal: after resolution the file must still be inside rootDir.
    // (Also rejects NUL bytes, which fs would throw on.)
    const filePath = path.resolve(rootDir, `.${path.posix.sep}${relative}`);
    if (relative.includes('\0') || (filePath !== rootDir && !filePath.startsWith(rootDir + path.sep))) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return 403;
    }

    const info = await stat(filePath).catch(() => undefined);
    if (!info?.isFile()) return notFound(res);

    const range = parseRange(req.headers.range, info.size);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'Content-Range': `bytes */${info.size}`, ...(cors ? CORS_HEADERS : {}) }).end();
      return 416;
    }
    const status = range ? 206 : 200;
    const encoded = gzipAsEncoding && path.extname(filePath).toLowerCase() === '.gz';
    res.writeHead(status, {
      'Content-Type': encoded ? 'application/octet-stream' : (MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'),
      ...(encoded ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': range ? range.end - range.start + 1 : info.size,
      'Accept-Ranges': 'bytes',
      ...(range ? { 'Content-Range': `bytes ${range.start}-${range.end}/${info.size}` } : {}),
      'Cache-Control': 'no-store',
      ...(cors ? CORS_HEADERS : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return status;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(filePath, range ?? {})
        .on('error', reject)
        .on('end', resolve)
        .pipe(res);
    });
    return status;
  };

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    handle(req, res)
      .then((status) => requests.push(`${req.method} ${req.url} ${status}${req.headers.range ? ` ${req.headers.range}` : ''}`))
      .catch((error: unknown) => {
        requests.push(`${req.method} ${req.url} 500`);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      });
  });
  // Idle keep-alive sockets stay open until close(). With Node's 5 s default, a client in the same
  // process whose event loop a blocking DuckDB-WASM call held for about that long could reuse a
  // socket the server was closing at that very moment: ECONNRESET on the next request.
  server.keepAliveTimeout = 0;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${mount}`,
        requests,
        close: () =>
          new Promise<void>((done, fail) => {
            // Browsers keep idle keep-alive sockets open; without this, close() waits for them.
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}

function notFound(res: ServerResponse): number {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  return 404;
}
