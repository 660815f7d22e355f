import type { MentionResolvers } from '../generated/resolvers-types.js';
import { toGlobalId } from '../globalId.js';
import { loadRecord } from '../loadRecord.js';

export const Mention: MentionResolvers = {
  id: (mention) => toGlobalId('Mention', mention.id),
  entity: (mention, _args, { loaders }) => loadRecord(loaders.entity, mention.entityId, 'Entity'),
  article: (mention, _args, { loaders }) => loadRecord(loaders.article, mention.articleId, 'Article'),
};
