import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/globalId.js';
import { ADA, BRANDT, CHILE, NORWAY } from './fixtureStore.js';
import { request, testGateway } from './request.js';

const gateway = testGateway();

async function data(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const result = await request(gateway, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

const slugs = /* GraphQL */ `totalCount edges { node { slug } }`;

describe('articles(filter:)', () => {
  it.each([
    ['mentioning an entity', { entity: toGlobalId('Entity', CHILE) }, ['a-harbour-deal']],
    ['mentioning an entity found in two', { entity: toGlobalId('Entity', BRANDT) }, ['a-harbour-deal', 'b-grain-prices']],
    ['containing text, ignoring case, in the body', { text: 'CALM' }, ['c-quiet-week']],
    ['containing text in the title', { text: 'grain prices' }, ['b-grain-prices']],
    ['with both conditions', { entity: toGlobalId('Entity', NORWAY), text: 'autumn' }, ['b-grain-prices']],
    ['matching nothing', { text: 'volcano' }, []],
  ])('keeps articles %s', async (_, filter, expected) => {
    const result = await data(`query A($filter: ArticleFilter) { articles(filter: $filter) { ${slugs} } }`, { filter });
    expect(result).toEqual({ articles: { totalCount: expected.length, edges: expected.map((slug) => ({ node: { slug } })) } });
  });

  it('answers NOT_FOUND for an entity that does not exist', async () => {
    const entity = toGlobalId('Entity', 'country:atlantis');
    const result = await request(gateway, `query A($entity: ID) { articles(filter: { entity: $entity }) { totalCount } }`, { entity });
    expect(result).toEqual({
      data: null,
      errors: [
        { message: `No entity with ID "${entity}".`, locations: [{ line: 1, column: 24 }], path: ['articles'], extensions: { code: 'NOT_FOUND' } },
      ],
    });
  });
});

describe('entities(filter:, orderBy:)', () => {
  const names = /* GraphQL */ `edges { node { name mentionCount } }`;

  it('orders by mention count by default, ties by name', async () => {
    expect(await data(`{ entities { ${names} } }`)).toEqual({
      entities: {
        edges: [
          { node: { name: 'Ada Quill', mentionCount: 4 } },
          { node: { name: 'Chile', mentionCount: 2 } },
          { node: { name: 'Norway', mentionCount: 2 } },
          { node: { name: 'Tomas Brandt', mentionCount: 2 } },
          { node: { name: 'Valparaíso', mentionCount: 2 } },
          { node: { name: 'Port of Valparaíso', mentionCount: 1 } },
        ],
      },
    });
  });

  it('filters by type and orders by name', async () => {
    expect(await data(`{ entities(filter: { type: PERSON }, orderBy: NAME) { ${names} } }`)).toEqual({
      entities: { edges: [{ node: { name: 'Ada Quill', mentionCount: 4 } }, { node: { name: 'Tomas Brandt', mentionCount: 2 } }] },
    });
  });

  it('filters by a piece of the name or of an alias, ignoring case', async () => {
    expect(await data(`{ entities(filter: { name: "chilean" }) { ${names} } }`)).toEqual({
      entities: { edges: [{ node: { name: 'Chile', mentionCount: 2 } }] },
    });
    expect(await data(`{ entities(filter: { name: "valpar" }, orderBy: NAME) { ${names} } }`)).toEqual({
      entities: { edges: [{ node: { name: 'Port of Valparaíso', mentionCount: 1 } }, { node: { name: 'Valparaíso', mentionCount: 2 } }] },
    });
  });
});

describe('quotes(filter:)', () => {
  const texts = /* GraphQL */ `totalCount edges { node { text kind speakerText verb } }`;

  it('lists every quote in corpus order when unfiltered', async () => {
    expect(await data(`{ quotes { totalCount edges { node { text } } } }`)).toEqual({
      quotes: {
        totalCount: 4,
        edges: [
          { node: { text: 'This port will carry our grain for a generation,' } },
          { node: { text: 'a fair bargain' } },
          { node: { text: 'Prices will drop by autumn,' } },
          { node: { text: 'calm' } },
        ],
      },
    });
  });

  it('keeps the quotes of one speaker in one article', async () => {
    const filter = { speaker: toGlobalId('Entity', ADA), article: toGlobalId('Article', 'b-grain-prices') };
    expect(await data(`query Q($filter: QuoteFilter) { quotes(filter: $filter) { ${texts} } }`, { filter })).toEqual({
      quotes: { totalCount: 1, edges: [{ node: { text: 'Prices will drop by autumn,', kind: 'FULL', speakerText: 'Quill', verb: 'said' } }] },
    });
  });

  it('rejects an entity id given as the article', async () => {
    const article = toGlobalId('Entity', ADA);
    const result = await request(gateway, `query Q($article: ID) { quotes(filter: { article: $article }) { totalCount } }`, { article });
    expect(result.errors).toEqual([
      {
        message: `Invalid ID "${article}": expected an id of type Article, got one of type Entity.`,
        locations: [{ line: 1, column: 25 }],
        path: ['quotes'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });
});

describe('relations(filter:)', () => {
  const triples = /* GraphQL */ `totalCount edges { node { subject { name } predicate type object { name } } }`;

  it('keeps relations where an entity is subject or object', async () => {
    const filter = { entity: toGlobalId('Entity', BRANDT) };
    expect(await data(`query R($filter: RelationFilter) { relations(filter: $filter) { ${triples} } }`, { filter })).toEqual({
      relations: {
        totalCount: 2,
        edges: [
          { node: { subject: { name: 'Tomas Brandt' }, predicate: 'president of', type: 'ROLE', object: { name: 'Chile' } } },
          { node: { subject: { name: 'Ada Quill' }, predicate: 'met', type: 'MEETING', object: { name: 'Tomas Brandt' } } },
        ],
      },
    });
  });

  it('keeps relations by predicate, ignoring case, and by type', async () => {
    expect(await data(`{ relations(filter: { predicate: "Trade Minister of" }) { totalCount } }`)).toEqual({ relations: { totalCount: 2 } });
    expect(await data(`{ relations(filter: { type: AGREEMENT }) { ${triples} } }`)).toEqual({
      relations: {
        totalCount: 1,
        edges: [{ node: { subject: { name: 'Norway' }, predicate: 'signed a harbour deal with', type: 'AGREEMENT', object: { name: 'Chile' } } }],
      },
    });
  });
});
