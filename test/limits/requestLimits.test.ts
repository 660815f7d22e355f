import type { Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/graphql/limits.js';
import { answer, codes, gatewayWith, send } from './send.js';

describe('request body size', () => {
  it(`refuses a body over ${DEFAULT_LIMITS.maxBodyBytes} bytes with 413 PAYLOAD_TOO_LARGE`, async () => {
    const body = JSON.stringify({ query: '{ corpus { articleCount } }', variables: { padding: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes) } });
    const a = await answer(
      await gatewayWith().fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    );
    expect(a.status).toBe(413);
    expect(codes(a)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('refuses a chunked body (no Content-Length) once it grows over the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const a = await answer(await gatewayWith({ limits: { maxBodyBytes: 5000 } }).fetch(request));
    expect(a.status).toBe(413);
    expect(codes(a)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('accepts a body under a configured limit', async () => {
    const a = await send(gatewayWith({ limits: { maxBodyBytes: 1000 } }), '{ corpus { articleCount } }');
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ data: { corpus: { articleCount: 3 } } });
  });
});

describe('execution timeout', () => {
  // An executor that never answers stands for any slow asynchronous work.
  const never: Plugin = { onExecute: ({ setExecuteFn }) => setExecuteFn(() => new Promise(() => undefined)) };

  it('answers EXECUTION_TIMEOUT when an operation has not finished in time', async () => {
    const a = await send(gatewayWith({ limits: { executionTimeoutMs: 30 }, plugins: [never], responseCache: false }), '{ corpus { articleCount } }');
    expect(codes(a)).toEqual(['EXECUTION_TIMEOUT']);
    expect(a.body.errors?.[0]?.message).toBe('The operation took longer than 30 ms and was stopped.');
  });
});
