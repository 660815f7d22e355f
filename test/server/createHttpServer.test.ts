import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/server/createHttpServer.js';

let http: HttpServer;
let base: string;

async function start(): Promise<void> {
  http = createHttpServer();
  http.server.listen(0, '127.0.0.1');
  await once(http.server, 'listening');
  base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  if (http.server.listening) await http.shutdown(100);
});

describe('the HTTP server around the gateway', () => {
  it('is alive but not ready while the corpus loads, and says so to API clients', async () => {
    await start();
    expect([(await fetch(`${base}/health`)).status, (await fetch(`${base}/ready`)).status]).toEqual([200, 503]);
    const api = await fetch(`${base}/graphql`, { method: 'POST', body: '{"query":"{ __typename }"}' });
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('1');
    expect(await api.json()).toEqual({ errors: [{ message: 'The corpus is still loading; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  });

  it('is ready and hands requests to the gateway once it serves', async () => {
    await start();
    http.serve((_req, res) => res.end('from the gateway'));
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(await (await fetch(`${base}/graphql`)).text()).toBe('from the gateway');
  });

  it('finishes a request in flight before it stops', async () => {
    await start();
    http.serve((_req, res) => setTimeout(() => res.end('finished'), 150));
    const inFlight = fetch(`${base}/graphql`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 30));
    const stopped = http.shutdown(5_000);
    expect(await inFlight).toBe('finished');
    await stopped;
    expect(http.server.listening).toBe(false);
  });
});
