// The built site served the way a plain static host would, for the end-to-end tests of one
// `describe`: dist/ is checked before anything runs (with a hint to build first), the server
// starts once before the tests and closes after them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Throws a clear error when the site has not been built. */
export function requireBuiltSite(): void {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST}index.html is missing: build first (\`npm run test:e2e\` runs \`vite build\`).`);
}

/**
 * Serves dist/ (under `options.prefix`, with `options.headers`…) for the tests of the enclosing
 * describe. The handle is usable inside tests and hooks, once the server is up.
 */
export function serveBuiltSite(options: Omit<StaticServerOptions, 'root'> = {}): StaticServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    requireBuiltSite();
    server = await startStaticServer({ root: DIST, ...options });
  });
  afterAll(async () => {
    await server?.close();
  });
  const running = (): StaticServer => {
    if (!server) throw new Error('The built site is served from beforeAll: use it inside a test or a hook.');
    return server;
  };
  return {
    get url() {
      return running().url;
    },
    get requests() {
      return running().requests;
    },
    close: () => running().close(),
  };
}
