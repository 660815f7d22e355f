import type { Gateway } from '../../src/graphql/createGateway.js';
import { createGateway } from '../../src/graphql/createGateway.js';
import type { Store } from '../../src/store/Store.js';
import { fixtureStore } from './fixtureStore.js';

export interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A quiet gateway over a store (the fixture world by default), as the tests' HTTP client sees it. */
export function testGateway(store: Store = fixtureStore()): Gateway {
  return createGateway({ store, logging: false });
}

/** POSTs one operation through `yoga.fetch`, in process, and returns the parsed JSON body. */
export async function request(
  gateway: Gateway,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}
