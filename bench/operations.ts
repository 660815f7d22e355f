// The reference operations of the bench and the load test: what a news front end sends.
// Each has several variable sets drawn from the store, so a run is not one request repeated.
import type { Store } from '../src/store/Store.js';
import { toGlobalId } from '../src/graphql/globalId.js';

export interface Operation {
  name: string;
  query: string;
  /** Variable sets cycled through during a run; every one is checked on every peer. */
  variables: Record<string, unknown>[];
}

export const TINY = /* GraphQL */ `
  query Tiny {
    articles(first: 5) { edges { node { title } } }
  }
`;

export const ARTICLE_PAGE = /* GraphQL */ `
  query ArticlePage($slug: String!) {
    article(slug: $slug) {
      id slug title lede byline body wordCount
      entities {
        mentionCount
        entity { id name type }
        mentions { text start end }
      }
      quotes { id text kind verb speakerText start end speaker { id name } }
      relations { id predicate type evidence subject { id name } object { id name } }
    }
  }
`;

export const ENTITY_PAGE = /* GraphQL */ `
  query EntityPage($id: ID!) {
    entity(id: $id) {
      id name type aliases isoCode mentionCount articleCount
      quotes(first: 10) {
        totalCount
        edges { node { text kind verb article { slug title } } }
      }
      relations(first: 10) {
        totalCount
        edges { node { predicate type evidence subject { id name } object { id name } } }
      }
      coMentioned(first: 10) {
        edges { articleCount node { id name type } }
      }
    }
  }
`;

export const NESTED_LIST = /* GraphQL */ `
  query NestedList {
    articles(first: 20) {
      edges {
        node {
          slug title byline
          entities {
            entity {
              name type
              articles(first: 5) { edges { node { slug title } } }
            }
          }
          quotes { text speaker { name type } }
        }
      }
    }
  }
`;

export const DEEP_PAGE = /* GraphQL */ `
  query DeepPage($after: String) {
    entities(first: 25, after: $after, orderBy: NAME) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          name type
          articles(first: 3) {
            edges { node { slug title relations { predicate object { name } } } }
          }
        }
      }
    }
  }
`;

/** The five reference operations over a store, with variables spread across the corpus. */
export function referenceOperations(store: Store, variants = 16): Operation[] {
  const articles = store.articleList;
  const spread = <T>(items: readonly T[]) =>
    Array.from({ length: Math.min(variants, items.length) }, (_, i) => items[Math.floor((i * items.length) / Math.min(variants, items.length))] as T);
  // Popular entities make the heaviest entity pages: take them from the most mentioned half.
  const entities = [...store.entities.values()]
    .map((e) => ({ e, n: store.mentionsByEntity.get(e.id)?.length ?? 0 }))
    .sort((a, b) => b.n - a.n)
    .slice(0, Math.max(1, Math.floor(store.entities.size / 2)))
    .map(({ e }) => e);
  const cursor = (offset: number) => Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
  const deepOffsets = spread(Array.from({ length: Math.max(1, store.entities.size - 25) }, (_, i) => i));
  return [
    { name: 'tiny', query: TINY, variables: [{}] },
    { name: 'article page', query: ARTICLE_PAGE, variables: spread(articles).map((a) => ({ slug: a.slug })) },
    { name: 'entity page', query: ENTITY_PAGE, variables: spread(entities).map((e) => ({ id: toGlobalId('Entity', e.id) })) },
    { name: 'nested list', query: NESTED_LIST, variables: [{}] },
    { name: 'deep page', query: DEEP_PAGE, variables: deepOffsets.map((o) => ({ after: cursor(o) })) },
  ];
}

/** Requests a client sends that must fail cleanly: the load test mixes them with the real ones. */
export const INVALID_REQUESTS: { name: string; body: string; contentType?: string }[] = [
  { name: 'syntax error', body: JSON.stringify({ query: '{ articles(first: 5) { edges { node { title }' }) },
  { name: 'unknown field', body: JSON.stringify({ query: '{ articles { edges { node { headline } } } }' }) },
  { name: 'unknown slug', body: JSON.stringify({ query: 'query($s: String!) { article(slug: $s) { title } }', variables: { s: 'no-such-article' } }) },
  { name: 'page too large', body: JSON.stringify({ query: '{ articles(first: 5000) { edges { node { title } } } }' }) },
  { name: 'bad cursor', body: JSON.stringify({ query: '{ articles(after: "garbage") { edges { node { title } } } }' }) },
  { name: 'wrong variable type', body: JSON.stringify({ query: 'query($n: Int) { articles(first: $n) { totalCount } }', variables: { n: 'ten' } }) },
  { name: 'too deep', body: JSON.stringify({ query: `{ ${'articles { edges { node { entities { entity { '.repeat(6)}name${' } } } } }'.repeat(6)} }` }) },
  { name: 'too many aliases', body: JSON.stringify({ query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: corpus { articleCount }`).join(' ')} }` }) },
  { name: 'not json', body: '{"query": "{ corpus { articleCount } }"' },
  { name: 'empty body', body: '' },
];
