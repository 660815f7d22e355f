import type { SearchResultType } from '../generated/resolvers-types.js';
import { badUserInput } from '../errors.js';
import { invariant } from '../invariant.js';
import type { SearchEdgeModel } from '../models.js';
import { paginate, type Connection, type ConnectionArgs } from '../paginate.js';
import type { SearchIndex } from './createSearchIndex.js';

const SEARCH_OPTIONS = {
  prefix: true,
  // Typo tolerance only for longer words: on short ones one edit reaches too many other words.
  fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
  // A hit in a headline or a name says more about the result than one deep in a body.
  boost: { title: 3, name: 3, aliases: 2, lede: 1.5 },
} as const;

/** `SearchConnection` before its edges' matches are computed. */
export type SearchConnectionModel = Omit<Connection<unknown>, 'edges'> & { edges: SearchEdgeModel[] };

/** `Query.search`: ranked hits as a connection; matched offsets are computed per edge, on demand. */
export function search(
  index: SearchIndex,
  query: string,
  types: readonly SearchResultType[] | null,
  args: ConnectionArgs,
): SearchConnectionModel {
  if (!/[\p{L}\p{N}]/u.test(query)) {
    throw badUserInput(`\`query\` must contain at least one letter or digit, got "${query}".`);
  }
  const hits = index.miniSearch.search(query, {
    ...SEARCH_OPTIONS,
    ...(types ? { filter: (hit) => types.includes(hit['type'] as SearchResultType) } : {}),
  });
  const page = paginate(hits, args);
  return {
    ...page,
    edges: page.edges.map(({ cursor, node: hit }) => {
      const record = index.records.get(String(hit.id));
      invariant(record, `search hit "${String(hit.id)}" is not an indexed record`);
      return { cursor, node: record, score: hit.score, terms: hit.match };
    }),
  };
}
