/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Kind of entity. */
export type EntityType =
  /** A sovereign state; its adjective ("Russian") counts as a mention of it. */
  | 'COUNTRY'
  /** A city, region or other place, including a capital used for its government ("Moscow said"). */
  | 'LOCATION'
  /** A company, government body, party, armed group, agency or other organization. */
  | 'ORGANIZATION'
  /** A named thing of no other kind (an event, a treaty, a product). */
  | 'OTHER'
  /** A named person. */
  | 'PERSON';

/** Whether a quote is a whole statement or a fragment woven into the reporter's sentence. */
export type QuoteKind =
  /** A full sentence or more, usually set off with a speech verb (“…,” Lavrov said). */
  | 'FULL'
  /** A fragment inside the reporter's own sentence (expected to be signed “in the near future.”). */
  | 'PARTIAL';

/** Coarse kind of a relation, for filtering and colouring graph edges. */
export type RelationType =
  /** The subject belongs to or works for the object. */
  | 'AFFILIATION'
  /** The subject made a treaty, deal or partnership with the object. */
  | 'AGREEMENT'
  /** The subject attacked, fought, sanctioned or threatened the object. */
  | 'CONFLICT'
  /** The subject accused, condemned or criticized the object. */
  | 'CRITICISM'
  /** Trade, investment or money between the subject and the object. */
  | 'ECONOMIC'
  /** The subject is located in the object. */
  | 'LOCATION'
  /** The subject met or talked with the object. */
  | 'MEETING'
  /** Any other stated link. */
  | 'OTHER'
  /** The subject holds a title in or for the object ("foreign minister of"). */
  | 'ROLE'
  /** The subject backed, aided or supplied the object. */
  | 'SUPPORT'
  /** The subject travelled to or visited the object. */
  | 'TRAVEL';

export type EntitySummaryFragment = { id: string, name: string, type: EntityType };

export type ArticlesWithEntitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ArticlesWithEntitiesQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, byline: string | null, body: string, highlights: Array<{ start: number, end: number, text: string, entity: { id: string, name: string, type: EntityType } }>, entities: Array<{ mentionCount: number, entity: { id: string, name: string, type: EntityType } }> } }> } };

export type EntityPageQueryVariables = Exact<{
  id: string;
  quotes?: number | null | undefined;
  relations?: number | null | undefined;
}>;


export type EntityPageQuery = { entity: { aliases: Array<string>, isoCode: string | null, mentionCount: number, articleCount: number, id: string, name: string, type: EntityType, roles: Array<{ title: string, of: { id: string, name: string, type: EntityType } }>, quotes: { totalCount: number, edges: Array<{ node: { id: string, text: string, kind: QuoteKind, verb: string | null, article: { slug: string, title: string } } }> }, relations: { totalCount: number, edges: Array<{ node: { id: string, type: RelationType, predicate: string, evidence: string, subject: { id: string, name: string, type: EntityType }, object: { id: string, name: string, type: EntityType } } }> }, relatedEntities: Array<{ weight: number, sharedArticleCount: number, relationCount: number, entity: { id: string, name: string, type: EntityType } }> } | null };

export type QuotesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  speaker?: string | null | undefined;
}>;


export type QuotesPageQuery = { quotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, text: string, kind: QuoteKind, speakerText: string | null, speaker: { id: string, name: string, type: EntityType } | null, article: { slug: string, title: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntitySummaryFragmentDoc = new TypedDocumentString(`
    fragment EntitySummary on Entity {
  id
  name
  type
}
    `, {"fragmentName":"EntitySummary"}) as unknown as TypedDocumentString<EntitySummaryFragment, unknown>;
export const ArticlesWithEntitiesDocument = new TypedDocumentString(`
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
    fragment EntitySummary on Entity {
  id
  name
  type
}`) as unknown as TypedDocumentString<ArticlesWithEntitiesQuery, ArticlesWithEntitiesQueryVariables>;
export const EntityPageDocument = new TypedDocumentString(`
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
    fragment EntitySummary on Entity {
  id
  name
  type
}`) as unknown as TypedDocumentString<EntityPageQuery, EntityPageQueryVariables>;
export const QuotesPageDocument = new TypedDocumentString(`
    query QuotesPage($first: Int!, $after: String, $speaker: ID) {
  quotes(first: $first, after: $after, filter: {speaker: $speaker}) {
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
    fragment EntitySummary on Entity {
  id
  name
  type
}`) as unknown as TypedDocumentString<QuotesPageQuery, QuotesPageQueryVariables>;