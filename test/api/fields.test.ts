import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graphql/globalId.js';
import { ADA } from './fixtureStore.js';
import { request, testGateway } from './request.js';

const gateway = testGateway();

async function data(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const result = await request(gateway, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

describe('an article', () => {
  it('exposes its parts with offsets into the body, and what ingestion set aside', async () => {
    expect(await data(/* GraphQL */ `{ article(slug: "c-quiet-week") {
      slug source title lede byline wordCount contentHash boilerplate warnings
      paragraphs { index text start end }
      sentences { index paragraphIndex text start end }
      quotes { text kind speaker { name } speakerText verb start end article { slug } }
      entities { entity { name } }
    } }`)).toEqual({
      article: {
        slug: 'c-quiet-week',
        source: 'c-quiet-week.txt',
        title: 'A quiet week',
        lede: 'Nothing moved.',
        byline: 'Night Desk',
        wordCount: 8,
        contentHash: 'hash-of-c-quiet-week',
        boilerplate: [],
        warnings: ['stray ">" line removed'],
        paragraphs: [{ index: 0, text: 'Nothing happened this week, and the “calm” held.', start: 0, end: 48 }],
        sentences: [{ index: 0, paragraphIndex: 0, text: 'Nothing happened this week, and the “calm” held.', start: 0, end: 48 }],
        quotes: [{ text: 'calm', kind: 'PARTIAL', speaker: null, speakerText: null, verb: null, start: 37, end: 41, article: { slug: 'c-quiet-week' } }],
        entities: [],
      },
    });
  });

  it('gives highlights sorted and non-overlapping, the longer of two overlapping mentions winning', async () => {
    const { article } = (await data(/* GraphQL */ `{ article(slug: "a-harbour-deal") { highlights { text start end entity { type } } } }`)) as {
      article: { highlights: { text: string; start: number; end: number; entity: { type: string } }[] };
    };
    expect(article.highlights.map((h) => h.text)).toEqual(['Norwegian', 'Ada Quill', 'Chile', 'Quill', 'Chilean', 'Tomas Brandt', 'Port of Valparaíso']);
    expect(article.highlights.at(-1)).toEqual({ text: 'Port of Valparaíso', start: 216, end: 234, entity: { type: 'ORGANIZATION' } });
    article.highlights.slice(1).forEach((h, i) => expect(h.start).toBeGreaterThanOrEqual(article.highlights[i]!.end));
  });

  it('takes relation evidence from the body at the evidence offsets', async () => {
    expect(await data(/* GraphQL */ `{ relations(filter: { type: MEETING }) { edges { node {
      evidence evidenceStart evidenceEnd article { slug }
    } } } }`)).toEqual({
      relations: {
        edges: [{ node: {
          evidence: '“Prices will drop by autumn,” said Quill, who met Tomas Brandt again on Friday.',
          evidenceStart: 73, evidenceEnd: 152, article: { slug: 'b-grain-prices' },
        } }],
      },
    });
  });
});

describe('an entity page', () => {
  const ENTITY = /* GraphQL */ `query Entity($id: ID!) { entity(id: $id) {
    name type aliases isoCode mentionCount articleCount
    articles { totalCount edges { node { slug } } }
    mentions(first: 2) { totalCount edges { node { text sentenceIndex article { slug } entity { name } } } }
    quotes { totalCount edges { node { text } } }
    relations(type: ROLE) { totalCount edges { node { predicate object { name } } } }
    roles { title of { name } relations { article { slug } } }
    coMentioned(first: 2) { totalCount edges { articleCount node { name } } }
    relatedEntities(limit: 3) { weight sharedArticleCount relationCount entity { name } }
  } }`;

  it('gathers what the corpus says about a person', async () => {
    expect(await data(ENTITY, { id: toGlobalId('Entity', ADA) })).toEqual({
      entity: {
        name: 'Ada Quill', type: 'PERSON', aliases: ['Ada Quill', 'Quill'], isoCode: null, mentionCount: 4, articleCount: 2,
        articles: { totalCount: 2, edges: [{ node: { slug: 'a-harbour-deal' } }, { node: { slug: 'b-grain-prices' } }] },
        mentions: {
          totalCount: 4,
          edges: [
            { node: { text: 'Ada Quill', sentenceIndex: 0, article: { slug: 'a-harbour-deal' }, entity: { name: 'Ada Quill' } } },
            { node: { text: 'Quill', sentenceIndex: 1, article: { slug: 'a-harbour-deal' }, entity: { name: 'Ada Quill' } } },
          ],
        },
        quotes: { totalCount: 2, edges: [{ node: { text: 'This port will carry our grain for a generation,' } }, { node: { text: 'Prices will drop by autumn,' } }] },
        relations: { totalCount: 2, edges: [
          { node: { predicate: 'trade minister of', object: { name: 'Norway' } } },
          { node: { predicate: 'trade minister of', object: { name: 'Norway' } } },
        ] },
        roles: [{ title: 'trade minister', of: { name: 'Norway' }, relations: [{ article: { slug: 'a-harbour-deal' } }, { article: { slug: 'b-grain-prices' } }] }],
        coMentioned: { totalCount: 5, edges: [{ articleCount: 2, node: { name: 'Norway' } }, { articleCount: 2, node: { name: 'Valparaíso' } }] },
        relatedEntities: [
          { weight: 6, sharedArticleCount: 2, relationCount: 2, entity: { name: 'Norway' } },
          { weight: 4, sharedArticleCount: 2, relationCount: 1, entity: { name: 'Tomas Brandt' } },
          { weight: 2, sharedArticleCount: 2, relationCount: 0, entity: { name: 'Valparaíso' } },
        ],
      },
    });
  });

  it('rejects a relatedEntities limit above 100', async () => {
    const result = await request(gateway, `query E($id: ID!) { entity(id: $id) { relatedEntities(limit: 101) { weight } } }`, { id: toGlobalId('Entity', ADA) });
    expect(result.errors?.map(({ message, path, extensions }) => ({ message, path, extensions }))).toEqual([
      { message: '`limit` must be at most 100, got 101.', path: ['entity', 'relatedEntities'], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});

describe('search', () => {
  it('ranks articles, entities and quotes with the offsets of each matched word', async () => {
    expect(await data(/* GraphQL */ `{ search(query: "grain") { totalCount edges {
      matches { field index text start end }
      node { __typename ... on Article { slug } ... on Quote { text } }
    } } }`)).toEqual({
      search: {
        totalCount: 3,
        edges: [
          { matches: [{ field: 'title', index: 0, text: 'Grain', start: 0, end: 5 }, { field: 'body', index: 0, text: 'Grain', start: 0, end: 5 }], node: { __typename: 'Article', slug: 'b-grain-prices' } },
          { matches: [{ field: 'body', index: 0, text: 'grain', start: 106, end: 111 }], node: { __typename: 'Article', slug: 'a-harbour-deal' } },
          { matches: [{ field: 'text', index: 0, text: 'grain', start: 25, end: 30 }], node: { __typename: 'Quote', text: 'This port will carry our grain for a generation,' } },
        ],
      },
    });
  });

  it('finds entities by alias prefix, restricted to the types asked for', async () => {
    expect(await data(`{ search(query: "chil", types: [ENTITY]) { edges { matches { field index text } node { ... on Entity { name } } } } }`)).toEqual({
      search: { edges: [{ matches: [{ field: 'name', index: 0, text: 'Chile' }, { field: 'aliases', index: 0, text: 'Chile' }, { field: 'aliases', index: 1, text: 'Chilean' }], node: { name: 'Chile' } }] },
    });
  });

  it('rejects a query with no word in it', async () => {
    const result = await request(gateway, `{ search(query: " ?! ") { totalCount } }`);
    expect(result.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      { message: '`query` must contain at least one letter or digit, got " ?! ".', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});

describe('the corpus', () => {
  it('counts everything and lists the files skipped while loading', async () => {
    expect(await data(`{ corpus { articleCount entityCount mentionCount quoteCount relationCount entityTypes { type count } warnings { file reason } } }`)).toEqual({
      corpus: {
        articleCount: 3, entityCount: 6, mentionCount: 13, quoteCount: 4, relationCount: 5,
        entityTypes: [
          { type: 'PERSON', count: 2 }, { type: 'ORGANIZATION', count: 1 }, { type: 'COUNTRY', count: 2 }, { type: 'LOCATION', count: 1 }, { type: 'OTHER', count: 0 },
        ],
        warnings: [{ file: 'broken.txt', reason: 'not UTF-8 text' }],
      },
    });
  });
});
