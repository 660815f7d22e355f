import { describe, expect, it } from 'vitest';
import { answer, codes, gatewayWith, send } from './send.js';

const QUERY = '{ articles(first: 2) { edges { node { slug title } } } }';

describe('response cache', () => {
  it('answers a repeated operation with the same JSON', async () => {
    const gateway = gatewayWith();
    const first = await send(gateway, QUERY);
    const second = await send(gateway, QUERY);
    expect(first.body.errors).toBeUndefined();
    expect(second.body).toEqual(first.body);
  });

  it('keys by variables: different variables, different answers', async () => {
    const gateway = gatewayWith();
    const q = 'query($n: Int) { articles(first: $n) { edges { node { slug } } } }';
    const one = await send(gateway, q, { n: 1 });
    const two = await send(gateway, q, { n: 2 });
    expect((one.body.data as { articles: { edges: unknown[] } }).articles.edges).toHaveLength(1);
    expect((two.body.data as { articles: { edges: unknown[] } }).articles.edges).toHaveLength(2);
  });

  it('does not keep errors: a refused operation is refused again with its code', async () => {
    const gateway = gatewayWith();
    for (let i = 0; i < 2; i++) expect(codes(await send(gateway, '{ article(slug: "nope") { title } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('ETag and 304 for GET', () => {
  const url = `http://gateway.test/graphql?query=${encodeURIComponent(QUERY)}`;
  const get = (headers: Record<string, string> = {}) =>
    gatewayWith().fetch(url, { headers: { accept: 'application/json', ...headers } });

  it('tags a successful GET and answers 304 with no body when the client has it', async () => {
    const gateway = gatewayWith();
    const first = await gateway.fetch(url, { headers: { accept: 'application/json' } });
    const tag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(tag).toMatch(/^W\/".+"$/);
    const again = await gateway.fetch(url, { headers: { accept: 'application/json', 'if-none-match': tag as string } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('does not tag an answer with errors', async () => {
    const bad = await gatewayWith().fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ article(slug: "nope") { title } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(bad.headers.get('etag')).toBeNull();
    expect(codes(await answer(bad))).toEqual(['NOT_FOUND']);
  });

  it('a tag from another gateway (another store) does not match', async () => {
    const other = (await get()).headers.get('etag') as string;
    const response = await get({ 'if-none-match': other });
    expect(response.status).toBe(200);
  });
});

describe('cached answers over Node http (the fast path in front of yoga)', () => {
  it('answers a repeated POST with the same bytes, its own request id, and still refuses what it refused', async () => {
    const { createServer } = await import('node:http');
    const gateway = gatewayWith();
    const server = createServer(gateway);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const post = (query: string, id: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-request-id': id },
        body: JSON.stringify({ query }),
      });
    try {
      const answers = [];
      for (const id of ['one', 'two', 'three']) {
        const response = await post(QUERY, id);
        answers.push({ status: response.status, id: response.headers.get('x-request-id'), type: response.headers.get('content-type'), cache: response.headers.get('x-response-cache'), text: await response.text() });
      }
      expect(answers.map((a) => a.id)).toEqual(['one', 'two', 'three']);
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
      expect(answers.every((a) => a.status === 200 && a.type === 'application/graphql-response+json; charset=utf-8' && a.cache === null)).toBe(true);
      expect(JSON.parse(answers[0]?.text ?? '')).toEqual((await send(gateway, QUERY)).body);
      for (let i = 0; i < 2; i++) {
        const refused = await post('{ article(slug: "nope") { title } }', 'x');
        expect(refused.status).toBe(200);
        expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
