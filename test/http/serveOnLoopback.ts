import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createGateway, type Gateway } from '../../src/graphql/createGateway.js';
import { loadCorpus } from '../../src/ingest/loadCorpus.js';
import { createHttpServer } from '../../src/server/createHttpServer.js';
import type { Store } from '../../src/store/Store.js';

export interface ServedGateway {
  gateway: Gateway;
  /** The GraphQL endpoint, `http://127.0.0.1:PORT/graphql`. */
  url: string;
  close(): Promise<void>;
}

/** The seeds corpus, loaded as `npm start` loads it, served by `serveOnLoopback`. */
export async function serveSeedsOnLoopback(): Promise<ServedGateway> {
  const { store } = await loadCorpus('seeds', { snapshotDir: false });
  return serveOnLoopback(store);
}

/**
 * A store served the way `npm start` serves it (the same HTTP server and gateway), on a free
 * loopback port, so that clients under test speak real HTTP to it.
 */
export async function serveOnLoopback(store: Store): Promise<ServedGateway> {
  const gateway = createGateway({ store, logging: false });
  const http = createHttpServer();
  http.serve(gateway);
  http.server.listen(0, '127.0.0.1');
  await once(http.server, 'listening');
  const { port } = http.server.address() as AddressInfo;
  return { gateway, url: `http://127.0.0.1:${port}/graphql`, close: () => http.shutdown(1_000) };
}
