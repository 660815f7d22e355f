/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    name\n    type\n  }\n": typeof types.EntitySummaryFragmentDoc,
    "\n  query ArticlesWithEntities($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          byline\n          body\n          highlights {\n            start\n            end\n            text\n            entity {\n              ...EntitySummary\n            }\n          }\n          entities {\n            mentionCount\n            entity {\n              ...EntitySummary\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArticlesWithEntitiesDocument,
    "\n  query EntityPage($id: ID!, $quotes: Int = 10, $relations: Int = 20) {\n    entity(id: $id) {\n      ...EntitySummary\n      aliases\n      isoCode\n      mentionCount\n      articleCount\n      roles {\n        title\n        of {\n          ...EntitySummary\n        }\n      }\n      quotes(first: $quotes) {\n        totalCount\n        edges {\n          node {\n            id\n            text\n            kind\n            verb\n            article {\n              slug\n              title\n            }\n          }\n        }\n      }\n      relations(first: $relations) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            predicate\n            evidence\n            subject {\n              ...EntitySummary\n            }\n            object {\n              ...EntitySummary\n            }\n          }\n        }\n      }\n      relatedEntities(limit: 10) {\n        weight\n        sharedArticleCount\n        relationCount\n        entity {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n": typeof types.EntityPageDocument,
    "\n  query QuotesPage($first: Int!, $after: String, $speaker: ID) {\n    quotes(first: $first, after: $after, filter: { speaker: $speaker }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          text\n          kind\n          speakerText\n          speaker {\n            ...EntitySummary\n          }\n          article {\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuotesPageDocument,
};
const documents: Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    name\n    type\n  }\n": types.EntitySummaryFragmentDoc,
    "\n  query ArticlesWithEntities($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          byline\n          body\n          highlights {\n            start\n            end\n            text\n            entity {\n              ...EntitySummary\n            }\n          }\n          entities {\n            mentionCount\n            entity {\n              ...EntitySummary\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ArticlesWithEntitiesDocument,
    "\n  query EntityPage($id: ID!, $quotes: Int = 10, $relations: Int = 20) {\n    entity(id: $id) {\n      ...EntitySummary\n      aliases\n      isoCode\n      mentionCount\n      articleCount\n      roles {\n        title\n        of {\n          ...EntitySummary\n        }\n      }\n      quotes(first: $quotes) {\n        totalCount\n        edges {\n          node {\n            id\n            text\n            kind\n            verb\n            article {\n              slug\n              title\n            }\n          }\n        }\n      }\n      relations(first: $relations) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            predicate\n            evidence\n            subject {\n              ...EntitySummary\n            }\n            object {\n              ...EntitySummary\n            }\n          }\n        }\n      }\n      relatedEntities(limit: 10) {\n        weight\n        sharedArticleCount\n        relationCount\n        entity {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n": types.EntityPageDocument,
    "\n  query QuotesPage($first: Int!, $after: String, $speaker: ID) {\n    quotes(first: $first, after: $after, filter: { speaker: $speaker }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          text\n          kind\n          speakerText\n          speaker {\n            ...EntitySummary\n          }\n          article {\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": types.QuotesPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntitySummary on Entity {\n    id\n    name\n    type\n  }\n"): typeof import('./graphql.js').EntitySummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlesWithEntities($first: Int!, $after: String) {\n    articles(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          byline\n          body\n          highlights {\n            start\n            end\n            text\n            entity {\n              ...EntitySummary\n            }\n          }\n          entities {\n            mentionCount\n            entity {\n              ...EntitySummary\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArticlesWithEntitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityPage($id: ID!, $quotes: Int = 10, $relations: Int = 20) {\n    entity(id: $id) {\n      ...EntitySummary\n      aliases\n      isoCode\n      mentionCount\n      articleCount\n      roles {\n        title\n        of {\n          ...EntitySummary\n        }\n      }\n      quotes(first: $quotes) {\n        totalCount\n        edges {\n          node {\n            id\n            text\n            kind\n            verb\n            article {\n              slug\n              title\n            }\n          }\n        }\n      }\n      relations(first: $relations) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            predicate\n            evidence\n            subject {\n              ...EntitySummary\n            }\n            object {\n              ...EntitySummary\n            }\n          }\n        }\n      }\n      relatedEntities(limit: 10) {\n        weight\n        sharedArticleCount\n        relationCount\n        entity {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesPage($first: Int!, $after: String, $speaker: ID) {\n    quotes(first: $first, after: $after, filter: { speaker: $speaker }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          text\n          kind\n          speakerText\n          speaker {\n            ...EntitySummary\n          }\n          article {\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').QuotesPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
