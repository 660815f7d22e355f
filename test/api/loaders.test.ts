import { describe, expect, it } from 'vitest';
import { createGateway } from '../../src/graphql/createGateway.js';
import type { LoaderName } from '../../src/graphql/createLoaders.js';
import { fixtureStore } from './fixtureStore.js';
import { request } from './request.js';

/** A gateway that records every loader batch, and the batches one request made. */
function tracedGateway() {
  const batches: [LoaderName, readonly string[]][] = [];
  const gateway = createGateway({
    store: fixtureStore(),
    logging: false,
    loaders: { onBatch: (loader, keys) => batches.push([loader, [...keys]]) },
  });
  const of = (name: LoaderName) => batches.filter(([loader]) => loader === name).map(([, keys]) => keys);
  return { gateway, batches, of };
}

describe('per-request loaders', () => {
  it('fetch every article’s quotes’ speakers in one batch, not one per quote', async () => {
    const { gateway, of } = tracedGateway();
    const result = await request(gateway, /* GraphQL */ `
      { articles(first: 10) { edges { node { quotes { speaker { name } } } } } }
    `);
    expect(result.errors).toBeUndefined();
    expect(of('quotesByArticle')).toEqual([['a-harbour-deal', 'b-grain-prices', 'c-quiet-week']]);
    expect(of('entity')).toEqual([['person:ada-quill', 'person:tomas-brandt']]);
  });

  it('fetch the contract query in one batch per hop', async () => {
    const { gateway, batches } = tracedGateway();
    await request(gateway, /* GraphQL */ `
      { articles(first: 50) { edges { node {
        entities { entity { name } mentions { text } }
        quotes { text speaker { name } }
        relations { subject { name } object { name } }
      } } } }
    `);
    expect(batches.map(([loader]) => loader).sort()).toEqual(['entity', 'mentionsByArticle', 'quotesByArticle', 'relationsByArticle']);
  });

  it('start empty on every request: no cache shared between requests', async () => {
    const { gateway, of } = tracedGateway();
    const query = /* GraphQL */ `{ quotes(first: 1) { edges { node { speaker { name } } } } }`;
    await request(gateway, query);
    await request(gateway, query);
    expect(of('entity')).toEqual([['person:ada-quill'], ['person:ada-quill']]);
  });
});
