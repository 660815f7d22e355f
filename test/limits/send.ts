import { createGateway, type Gateway, type GatewayOptions } from '../../src/graphql/createGateway.js';
import { fixtureStore } from '../api/fixtureStore.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/** A quiet gateway over the fixture world, with the given options on top. */
export function gatewayWith(options: Partial<GatewayOptions> = {}): Gateway {
  return createGateway({ store: fixtureStore(), logging: false, ...options });
}

/** POSTs a JSON body through `gateway.fetch` and parses the answer. */
export async function send(gateway: Gateway, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  return answer(
    await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    }),
  );
}

export async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Answer['body']) : {} };
}

/** The codes of an answer's errors, in order. */
export function codes(a: Answer): unknown[] {
  return (a.body.errors ?? []).map((e) => e.extensions?.code);
}
