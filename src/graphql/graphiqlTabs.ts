// The playground's opening tabs: each shows one thing a front-end developer comes for, and
// works on any corpus (they start from lists, never from ids that only one corpus has).

export interface GraphiQLTab {
  query: string;
  variables?: string;
}

export const graphiqlTabs: GraphiQLTab[] = [
  {
    query: /* GraphQL */ `# An article with its entities (and where they are in the body) and its quotes.
query ArticleWithEntitiesAndQuotes {
  articles(first: 1) {
    edges {
      node {
        slug
        title
        byline
        lede
        highlights { start end text entity { name type } }
        entities {
          entity { name type aliases isoCode }
          mentionCount
          mentions { text start end }
        }
        quotes { text kind verb speakerText speaker { name } }
      }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# An entity page: the most mentioned person, what they said, their roles and relations.
query EntityPage {
  entities(first: 1, filter: { type: PERSON }) {
    edges {
      node {
        id
        name
        aliases
        mentionCount
        articleCount
        roles { title of { name } }
        quotes(first: 5) {
          totalCount
          edges { node { text kind article { title } } }
        }
        relations(first: 10) {
          edges { node { subject { name } predicate object { name } evidence } }
        }
      }
    }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# A relation graph around the most mentioned entities, for a network view.
query RelationGraph {
  entities(first: 5) {
    edges {
      node {
        name
        type
        relatedEntities(limit: 5) { weight sharedArticleCount relationCount entity { name type } }
      }
    }
  }
  relations(first: 20) {
    totalCount
    edges { node { type predicate subject { name } object { name } } }
  }
}
`,
  },
  {
    query: /* GraphQL */ `# Pagination: pass pageInfo.endCursor back as $after for the next page.
query QuotesPage($first: Int = 5, $after: String) {
  quotes(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { text speaker { name } article { slug } } }
  }
}
`,
    variables: '{ "first": 5 }',
  },
  {
    query: /* GraphQL */ `# Full-text search across articles, entities and quotes, with offsets to highlight.
query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges {
      score
      matches { field text start end }
      node {
        __typename
        ... on Article { slug title }
        ... on Entity { name type }
        ... on Quote { text speaker { name } }
      }
    }
  }
  corpus { articleCount entityCount quoteCount relationCount warnings { file reason } }
}
`,
    variables: '{ "query": "minister" }',
  },
];
