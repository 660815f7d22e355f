import type { YogaLogger } from 'graphql-yoga';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGateway } from '../../src/graphql/createGateway.js';
import { fixtureStore } from '../api/fixtureStore.js';
import { codes, gatewayWith, send } from './send.js';

describe('field suggestions', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are hidden outside development', async () => {
    const a = await send(gatewayWith(), '{ corpus { articleCont } }');
    expect(codes(a)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(a.body.errors?.[0]?.message).toBe('Cannot query field "articleCont" on type "Corpus".');
  });

  it('are shown in development', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const a = await send(gatewayWith(), '{ corpus { articleCont } }');
    expect(a.body.errors?.[0]?.message).toMatch('Did you mean "articleCount"');
  });

  it('can be turned on explicitly', async () => {
    const a = await send(gatewayWith({ fieldSuggestions: true }), '{ corpus { articleCont } }');
    expect(a.body.errors?.[0]?.message).toMatch('Did you mean "articleCount"');
  });
});

describe('masked errors and request ids', () => {
  function brokenGateway() {
    const store = fixtureStore();
    // A record the resolvers cannot read: an "impossible" state that must be masked, not leaked.
    (store.articleList[0] as unknown as { paragraphs: null }).paragraphs = null;
    const lines: string[] = [];
    const logger: YogaLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (...args: unknown[]) => void lines.push(args.map(String).join(' ')) };
    return { gateway: createGateway({ store, logging: logger }), lines };
  }
  const QUERY = '{ articles(first: 1) { edges { node { paragraphs { text } } } } }';

  it('hide the message from the client, give the request id, and log the original with that id', async () => {
    const { gateway, lines } = brokenGateway();
    const a = await send(gateway, QUERY, {}, { 'x-request-id': 'req-123' });
    expect(a.headers.get('x-request-id')).toBe('req-123');
    expect(a.body.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: [{ line: 1, column: 39 }],
        path: ['articles', 'edges', 0, 'node', 'paragraphs'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' },
      },
    ]);
    expect(JSON.stringify(a.body)).not.toMatch(/TypeError|null \(reading/);
    expect(lines.filter((l) => l.startsWith('request req-123: '))).toEqual([
      expect.stringMatching(/^request req-123: articles\.edges\.0\.node\.paragraphs: TypeError: Cannot read properties of null/),
    ]);
  });

  it('make up a request id when the client sends none (or a malformed one)', async () => {
    const { gateway } = brokenGateway();
    const a = await send(gateway, QUERY, {}, { 'x-request-id': 'bad id with spaces' });
    const id = a.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.body.errors?.[0]?.extensions?.requestId).toBe(id);
  });
});
