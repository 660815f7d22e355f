import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { createContext, createGateway, createSchema } from '../../src/index.js';
import { fixtureStore } from '../api/fixtureStore.js';

// The two embeddings the README shows, written the way it shows them, through the library entry.

const QUERY = '{ articles(first: 1) { edges { node { title quotes { text speaker { name } } } } } }';
const FIRST_ARTICLE = {
  articles: {
    edges: [
      {
        node: {
          title: 'Norway and Chile sign a harbour deal',
          quotes: [
            { text: 'This port will carry our grain for a generation,', speaker: { name: 'Ada Quill' } },
            { text: 'a fair bargain', speaker: { name: 'Tomas Brandt' } },
          ],
        },
      },
    ],
  },
};

describe('embedding the gateway in another Node server', () => {
  it('mounts createGateway at a path of an existing node:http server, beside its own routes', async () => {
    const gateway = createGateway({ store: fixtureStore(), graphqlEndpoint: '/api/graphql', logging: false });
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/api/graphql')) return gateway(req, res);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('the rest of the app');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const api = await fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(await api.json()).toEqual({ data: FIRST_ARTICLE });
      expect(await (await fetch(`${base}/`)).text()).toBe('the rest of the app');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('serves createSchema from another GraphQL server (Apollo Server), with createContext per request', async () => {
    const store = fixtureStore();
    const apollo = new ApolloServer({ schema: createSchema(store) });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: QUERY }, { contextValue: createContext(store) });
      expect(response.body).toEqual({ kind: 'single', singleResult: { data: FIRST_ARTICLE } });
    } finally {
      await apollo.stop();
    }
  });
});
