import type { ArticleEntityResolvers } from '../generated/resolvers-types.js';
import { loadRecord } from '../loadRecord.js';

export const ArticleEntity: ArticleEntityResolvers = {
  entity: (model, _args, { loaders }) => loadRecord(loaders.entity, model.entityId, 'Entity'),
  mentions: (model) => [...model.mentions],
  mentionCount: (model) => model.mentions.length,
};
