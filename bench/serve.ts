// One peer of the bench in its own process, so the load generator and the server under test
// each get a core: `node --import tsx bench/serve.ts PEER`. Reports its port over IPC.
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import Fastify from 'fastify';
import { createYoga } from 'graphql-yoga';
import mercurius from 'mercurius';
import { createContext, createGateway, createHttpServer, createSchema } from '../src/index.js';
import { benchStore } from './benchStore.js';
import { PEERS, type Peer } from './peers.js';


async function serve(peer: Peer): Promise<number> {
  const { store } = benchStore();
  switch (peer) {
    case 'gateway': {
      // As shipped: what src/main.ts builds and listens with.
      const http = createHttpServer();
      http.serve(createGateway({ store }));
      await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
      return (http.server.address() as AddressInfo).port;
    }
    case 'yoga': {
      // The reference point: plain graphql-yoga over the same schema and context, no plugins.
      const http = createHttpServer();
      http.serve(createYoga({ schema: createSchema(store), context: () => createContext(store), logging: false }));
      await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
      return (http.server.address() as AddressInfo).port;
    }
    case 'mercurius': {
      const app = Fastify({ logger: false });
      await app.register(mercurius, { schema: createSchema(store), context: () => createContext(store), jit: 1, path: '/graphql' });
      await app.listen({ port: 0, host: '127.0.0.1' });
      return (app.server.address() as AddressInfo).port;
    }
    case 'apollo': {
      const server = new ApolloServer({ schema: createSchema(store) });
      const { url } = await startStandaloneServer(server, {
        listen: { port: 0, host: '127.0.0.1' },
        context: async () => createContext(store),
      });
      return Number(new URL(url).port);
    }
  }
}

const peer = process.argv[2] as Peer;
if (!PEERS.includes(peer)) {
  console.error(`usage: bench/serve.ts ${PEERS.join('|')}`);
  process.exit(2);
}
const port = await serve(peer);
process.send?.({ port });
// CPU time is the server's own cost per request, whatever the shared machine and the load
// generator are doing: the bench asks for it before and after each case.
process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  }
  if (message === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rss, heap: heapUsed });
  }
});
// The parent's end of the IPC channel closing means the run is over (or the parent died).
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
