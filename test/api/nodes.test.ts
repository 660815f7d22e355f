import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/globalId.js';
import { ADA, CHILE } from './fixtureStore.js';
import { request, testGateway } from './request.js';

const gateway = testGateway();

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Article { slug }
      ... on Entity { name }
      ... on Mention { text }
      ... on Quote { text }
      ... on Relation { predicate }
    }
  }
`;

describe('global ids', () => {
  it('round-trip every kind of node through node(id:)', async () => {
    const result = await request(gateway, /* GraphQL */ `{
      article(slug: "b-grain-prices") {
        id
        entities { entity { id } mentions { id } }
        quotes { id }
        relations { id }
      }
    }`);
    const article = (result.data as { article: ArticleIds }).article;
    const ids = [
      article.id,
      article.entities[0]!.entity.id,
      article.entities[0]!.mentions[0]!.id,
      article.quotes[0]!.id,
      article.relations[1]!.id,
    ];
    const nodes = await Promise.all(ids.map(async (id) => (await request(gateway, NODE, { id })).data));
    expect(nodes).toEqual([
      { node: { __typename: 'Article', id: ids[0], slug: 'b-grain-prices' } },
      { node: { __typename: 'Entity', id: ids[1], name: 'Valparaíso' } },
      { node: { __typename: 'Mention', id: ids[2], text: 'Valparaíso' } },
      { node: { __typename: 'Quote', id: ids[3], text: 'Prices will drop by autumn,' } },
      { node: { __typename: 'Relation', id: ids[4], predicate: 'met' } },
    ]);
  });

  it('are opaque base64 of the type and the store id', () => {
    expect(Buffer.from(toGlobalId('Entity', ADA), 'base64').toString()).toBe('Entity:person:ada-quill');
  });

  it('fetch several nodes in order with nodes(ids:), null for an unknown one', async () => {
    const ids = [toGlobalId('Entity', CHILE), toGlobalId('Entity', 'person:nobody'), toGlobalId('Article', 'c-quiet-week')];
    const result = await request(gateway, /* GraphQL */ `
      query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name } ... on Article { title } } }
    `, { ids });
    expect(result).toEqual({
      data: { nodes: [{ id: ids[0], name: 'Chile' }, null, { id: ids[2], title: 'A quiet week' }] },
    });
  });

  it('give null from node(id:) for a well-formed id of nothing', async () => {
    expect(await request(gateway, NODE, { id: toGlobalId('Quote', 'nope') })).toEqual({ data: { node: null } });
  });

  it.each([
    ['not base64 of anything we issue', 'hello'],
    ['of an unknown type', Buffer.from('Planet:mars').toString('base64')],
    ['without a store id', Buffer.from('Entity:').toString('base64')],
  ])('reject an id %s with BAD_USER_INPUT', async (_, id) => {
    expect(await request(gateway, NODE, { id })).toEqual({
      data: { node: null },
      errors: [
        {
          message: `Invalid ID "${id}": not an id issued by this API.`,
          locations: [{ line: 3, column: 5 }],
          path: ['node'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });
});

describe('entity(id:) and article(slug:)', () => {
  it('find an entity by its global id', async () => {
    const result = await request(gateway, /* GraphQL */ `
      query Entity($id: ID!) { entity(id: $id) { name type isoCode } }
    `, { id: toGlobalId('Entity', CHILE) });
    expect(result).toEqual({ data: { entity: { name: 'Chile', type: 'COUNTRY', isoCode: 'CL' } } });
  });

  it('reject an id of another type with BAD_USER_INPUT', async () => {
    const id = toGlobalId('Article', 'a-harbour-deal');
    const result = await request(gateway, /* GraphQL */ `query Entity($id: ID!) { entity(id: $id) { name } }`, { id });
    expect(result).toEqual({
      data: { entity: null },
      errors: [
        {
          message: `Invalid ID "${id}": expected an id of type Entity, got one of type Article.`,
          locations: [{ line: 1, column: 26 }],
          path: ['entity'],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('answer NOT_FOUND for an entity id that names nothing', async () => {
    const id = toGlobalId('Entity', 'person:nobody');
    const result = await request(gateway, /* GraphQL */ `query Entity($id: ID!) { entity(id: $id) { name } }`, { id });
    expect(result).toEqual({
      data: { entity: null },
      errors: [
        {
          message: `No entity with ID "${id}".`,
          locations: [{ line: 1, column: 26 }],
          path: ['entity'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it('answer NOT_FOUND for an unknown slug', async () => {
    const result = await request(gateway, /* GraphQL */ `{ article(slug: "z-missing") { title } }`);
    expect(result).toEqual({
      data: { article: null },
      errors: [
        {
          message: 'No article with slug "z-missing".',
          locations: [{ line: 1, column: 3 }],
          path: ['article'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });
});

interface ArticleIds {
  id: string;
  entities: { entity: { id: string }; mentions: { id: string }[] }[];
  quotes: { id: string }[];
  relations: { id: string }[];
}
