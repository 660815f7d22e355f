import type { NodeResolvers } from '../generated/resolvers-types.js';
import { nodeTypeOf } from '../nodeTypeOf.js';

export const Node: NodeResolvers = {
  __resolveType: (record) => nodeTypeOf(record),
};
