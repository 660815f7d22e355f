// The operations a news front end starts from. Each is a GraphQL document; `graphql()` returns it
// typed with its result and variables, generated into ./gql by `npx graphql-codegen`.
import type { Client } from './client.js';
import { graphql } from './gql/index.js';
import type { ArticlesWithEntitiesQuery, EntityPageQuery, QuotesPageQuery } from './gql/graphql.js';

// What every list shows of an entity: enough to render a chip and link to its page.
graphql(`
  fragment EntitySummary on Entity {
    id
    name
    type
  }
`);

export const ArticlesWithEntities = graphql(`
  query ArticlesWithEntities($first: Int!, $after: String) {
    articles(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          byline
          body
          highlights {
            start
            end
            text
            entity {
              ...EntitySummary
            }
          }
          entities {
            mentionCount
            entity {
              ...EntitySummary
            }
          }
        }
      }
    }
  }
`);

export const EntityPage = graphql(`
  query EntityPage($id: ID!, $quotes: Int = 10, $relations: Int = 20) {
    entity(id: $id) {
      ...EntitySummary
      aliases
      isoCode
      mentionCount
      articleCount
      roles {
        title
        of {
          ...EntitySummary
        }
      }
      quotes(first: $quotes) {
        totalCount
        edges {
          node {
            id
            text
            kind
            verb
            article {
              slug
              title
            }
          }
        }
      }
      relations(first: $relations) {
        totalCount
        edges {
          node {
            id
            type
            predicate
            evidence
            subject {
              ...EntitySummary
            }
            object {
              ...EntitySummary
            }
          }
        }
      }
      relatedEntities(limit: 10) {
        weight
        sharedArticleCount
        relationCount
        entity {
          ...EntitySummary
        }
      }
    }
  }
`);

export const QuotesPage = graphql(`
  query QuotesPage($first: Int!, $after: String, $speaker: ID) {
    quotes(first: $first, after: $after, filter: { speaker: $speaker }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          text
          kind
          speakerText
          speaker {
            ...EntitySummary
          }
          article {
            slug
            title
          }
        }
      }
    }
  }
`);

export type ArticleWithEntities = ArticlesWithEntitiesQuery['articles']['edges'][number]['node'];
export type EntityPageData = NonNullable<EntityPageQuery['entity']>;
export type QuoteListItem = QuotesPageQuery['quotes']['edges'][number]['node'];

/** One page of articles, each with its entities and the spans to highlight in its body. */
export async function fetchArticles(client: Client, first: number, after: string | null = null) {
  const { articles } = await client.request(ArticlesWithEntities, { first, after });
  return articles;
}

/**
 * Everything an entity page shows. An id that names nothing rejects with a GraphQLResponseError
 * whose `codes` are ['NOT_FOUND']; a malformed one with ['BAD_USER_INPUT'].
 */
export async function fetchEntityPage(client: Client, id: string): Promise<EntityPageData> {
  const { entity } = await client.request(EntityPage, { id });
  if (!entity) throw new Error(`entity ${id} resolved to null without an error`);
  return entity;
}

/** Every quote (or every quote by one speaker), fetched a page at a time as the caller iterates. */
export async function* allQuotes(client: Client, options: { pageSize?: number; speaker?: string } = {}): AsyncGenerator<QuoteListItem> {
  let after: string | null = null;
  for (;;) {
    const page: QuotesPageQuery = await client.request(QuotesPage, { first: options.pageSize ?? 50, after, speaker: options.speaker ?? null });
    for (const edge of page.quotes.edges) yield edge.node;
    if (!page.quotes.pageInfo.hasNextPage) return;
    after = page.quotes.pageInfo.endCursor ?? null;
  }
}
