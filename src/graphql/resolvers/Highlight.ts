import type { HighlightResolvers } from '../generated/resolvers-types.js';
import { loadRecord } from '../loadRecord.js';

// A highlight is a mention that won its span (see `Article.highlights`).
export const Highlight: HighlightResolvers = {
  entity: (mention, _args, { loaders }) => loadRecord(loaders.entity, mention.entityId, 'Entity'),
};
