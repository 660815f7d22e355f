import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/graphql/createGateway.js';
import type { Store } from '../../src/store/Store.js';
import { fixtureStore } from '../api/fixtureStore.js';
import { serveSeedsOnLoopback, type ServedGateway } from './serveOnLoopback.js';

// What a client sees at the HTTP layer, beyond the audit suite: the statuses, media types and
// error codes the README's "Using the API" section promises.

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

let served: ServedGateway;
beforeAll(async () => {
  served = await serveSeedsOnLoopback();
});
afterAll(() => served?.close());

function get(query: string, accept: string | null = GRAPHQL_RESPONSE, variables?: object): Promise<Response> {
  const params = new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) });
  return fetch(`${served.url}?${params}`, { headers: accept ? { accept } : {} });
}

function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(served.url, {
    method: 'POST',
    headers: { accept: GRAPHQL_RESPONSE, 'content-type': 'application/json', ...headers },
    body,
  });
}

async function summary(response: Response) {
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type')?.split(';')[0] ?? null,
    body: text ? (JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }) : null,
  };
}

describe('queries over GET', () => {
  it('runs a query from the URL, with variables, answering in the media type asked for', async () => {
    const response = await get('query Count($first: Int) { articles(first: $first) { edges { node { slug } } } }', GRAPHQL_RESPONSE, { first: 1 });
    expect(await summary(response)).toEqual({
      status: 200,
      type: GRAPHQL_RESPONSE,
      body: { data: { articles: { edges: [{ node: { slug: '000_97d8f3fe289c3ae7' } }] } } },
    });
  });

  it.each([
    { accept: null, type: 'application/json' },
    { accept: '*/*', type: 'application/json' },
    { accept: 'application/json', type: 'application/json' },
    { accept: GRAPHQL_RESPONSE, type: GRAPHQL_RESPONSE },
  ])('answers Accept: $accept with $type', async ({ accept, type }) => {
    expect((await summary(await get('{ __typename }', accept))).type).toBe(type);
  });

  it('refuses a mutation with 405 and Allow: POST, whatever the schema has', async () => {
    const response = await get('mutation { __typename }');
    expect(response.headers.get('allow')).toBe('POST');
    expect(await summary(response)).toEqual({
      status: 405,
      type: GRAPHQL_RESPONSE,
      body: { errors: [{ message: 'Can only perform a mutation operation from a POST request.', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('opens GraphiQL for a browser, which asks for text/html', async () => {
    const response = await fetch(served.url, { headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>News graph — GraphiQL</title>');
  });
});

describe('mutations over POST', () => {
  it('are refused as the client’s mistake, not a server fault: the schema has none', async () => {
    const { status, body } = await summary(await post(JSON.stringify({ query: 'mutation { __typename }' })));
    expect(status).toBeLessThan(500);
    expect(body?.data ?? null).toBeNull();
    expect(body?.errors?.map((e) => e.message)).toEqual(['Schema is not configured to execute mutation operation.']);
  });
});

describe('malformed requests get a 4xx status and, where there is a body, a BAD_REQUEST or GRAPHQL_* code', () => {
  it.each([
    { label: 'invalid JSON', status: 400, code: 'BAD_REQUEST', send: () => post('{"query":') },
    { label: 'a body without query', status: 400, code: 'BAD_REQUEST', send: () => post('{}') },
    { label: 'a non-string query', status: 400, code: 'BAD_REQUEST', send: () => post('{"query":{"a":1}}') },
    { label: 'variables that are not an object', status: 400, code: 'BAD_REQUEST', send: () => post('{"query":"{ __typename }","variables":"[]"}') },
    { label: 'a GET without query', status: 400, code: 'BAD_REQUEST', send: () => fetch(served.url, { headers: { accept: GRAPHQL_RESPONSE } }) },
    { label: 'a document that does not parse', status: 400, code: 'GRAPHQL_PARSE_FAILED', send: () => post(JSON.stringify({ query: '{ articles(' })) },
    { label: 'a field the schema lacks', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', send: () => post(JSON.stringify({ query: '{ headlines }' })) },
    {
      label: 'a method other than GET and POST',
      status: 405,
      code: 'BAD_REQUEST',
      send: () => fetch(served.url, { method: 'PUT', headers: { accept: GRAPHQL_RESPONSE } }),
    },
  ])('$label: $status $code', async ({ send, status, code }) => {
    const { status: actual, type, body } = await summary(await send());
    expect({ status: actual, type, codes: body?.errors?.map((e) => e.extensions?.code), hasData: body !== null && 'data' in body }).toEqual({
      status,
      type: GRAPHQL_RESPONSE,
      codes: [code],
      hasData: false,
    });
  });

  // graphql-http's own coercion audit (86EE) sends an unused variable and so passes on a validation
  // failure; this is the real case. Yoga's executor marks coercion errors with HTTP 400.
  it('answers a variable of the wrong type with 400 and no data', async () => {
    const query = 'query Page($first: Int) { articles(first: $first) { totalCount } }';
    const { status, body } = await summary(await post(JSON.stringify({ query, variables: { first: 'ten' } })));
    expect(status).toBe(400);
    expect(body).not.toHaveProperty('data');
    expect(body?.errors?.[0]?.message).toMatch(/^Variable "\$first" got invalid value "ten"/);
  });

  it.each<{ label: string; headers: Record<string, string>; status: number }>([
    { label: 'Content-Type text/plain', headers: { 'content-type': 'text/plain' }, status: 415 },
    { label: 'no Content-Type', headers: { 'content-type': '' }, status: 415 },
    { label: 'an unsatisfiable Accept', headers: { accept: 'application/xml' }, status: 406 },
  ])('answers a POST with $label with $status', async ({ headers, status }) => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), headers);
    expect(response.status).toBe(status);
  });

  it('keeps the spec’s 200 for a validation error when the client only accepts application/json', async () => {
    const { status, body } = await summary(await post(JSON.stringify({ query: '{ headlines }' }), { accept: 'application/json' }));
    expect({ status, codes: body?.errors?.map((e) => e.extensions?.code) }).toEqual({ status: 200, codes: ['GRAPHQL_VALIDATION_FAILED'] });
  });
});

describe('field errors', () => {
  it('come with 200 and the data that could be resolved, coded BAD_USER_INPUT or NOT_FOUND', async () => {
    const query = '{ corpus { articleCount } article(slug: "no-such-article") { title } entity(id: "not-an-id") { name } }';
    expect(await summary(await post(JSON.stringify({ query })))).toEqual({
      status: 200,
      type: GRAPHQL_RESPONSE,
      body: {
        data: { corpus: { articleCount: 2 }, article: null, entity: null },
        errors: expect.arrayContaining([
          expect.objectContaining({ message: 'No article with slug "no-such-article".', path: ['article'], extensions: { code: 'NOT_FOUND' } }),
          expect.objectContaining({ path: ['entity'], extensions: { code: 'BAD_USER_INPUT' } }),
        ]),
      },
    });
  });

  it('hide an unexpected failure’s message behind "Unexpected error." and INTERNAL_SERVER_ERROR', async () => {
    // A store whose article list throws stands in for any bug below the resolvers.
    const broken = Object.create(fixtureStore(), {
      articleList: { get: () => { throw new Error('secret path /var/corpus is unreadable'); } },
    }) as Store;
    const gateway = createGateway({ store: broken, logging: false });
    const response = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { accept: GRAPHQL_RESPONSE, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ corpus { articleCount } }' }),
    });
    const text = await response.text();
    expect(text).not.toContain('secret');
    const body = JSON.parse(text) as { data: unknown; errors: { message: string; path: unknown; extensions: { code: string } }[] };
    expect(body.data).toBeNull();
    expect(body.errors.map(({ message, path, extensions: { code } }) => ({ message, path, code }))).toEqual([
      { message: 'Unexpected error.', path: ['corpus', 'articleCount'], code: 'INTERNAL_SERVER_ERROR' },
    ]);
  });
});
