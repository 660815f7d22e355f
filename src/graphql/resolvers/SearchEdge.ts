import type { SearchEdgeResolvers } from '../generated/resolvers-types.js';
import { matchesIn } from '../search/matchesIn.js';

export const SearchEdge: SearchEdgeResolvers = {
  // Scanning a body for words is the costly part of a search, so only edges asked for pay it.
  matches: (edge) => matchesIn(edge.node, edge.terms),
};
