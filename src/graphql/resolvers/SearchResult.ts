import type { SearchResultResolvers } from '../generated/resolvers-types.js';
import { searchResultTypeOf } from '../search/searchFields.js';

const TYPENAMES = { ARTICLE: 'Article', ENTITY: 'Entity', QUOTE: 'Quote' } as const;

export const SearchResult: SearchResultResolvers = {
  __resolveType: (record) => TYPENAMES[searchResultTypeOf(record)],
};
