// A listener on the loopback interface that answers every request with a small CSV and records
// it: the tests that prove nothing leaves the engine or the page point their attempts at it and
// expect it to have heard nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface LoopbackListener {
  /** `http://127.0.0.1:port`, once listening. */
  readonly base: string;
  /** Every request heard, as `METHOD /path`. */
  readonly requests: string[];
}

/** Listens for the tests of the enclosing file or describe, from beforeAll to afterAll. */
export function useLoopbackListener(body = 'date,revenue\n2022-01-01,1\n'): LoopbackListener {
  let server: Server | undefined;
  const state = { base: '', requests: [] as string[] };
  beforeAll(async () => {
    const listening = createServer((req, res) => {
      state.requests.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/csv' }).end(body);
    });
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    state.base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });
  return state;
}
